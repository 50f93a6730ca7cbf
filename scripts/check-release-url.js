/** `npm run build:release` runs this first: no release build without a real https address. */
"use strict";

const { releaseUrl } = require("./public-url");

try {
  console.log(`Release build for ${releaseUrl()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
