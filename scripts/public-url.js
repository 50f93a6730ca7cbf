/**
 * The add-in's base URL: manifest.xml names the development server; a production build
 * serves the same files from LKE_PUBLIC_URL. Shared by webpack.config.js and the tests.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PUBLIC_URL = "https://lke.example.id/";

/** The production base URL from LKE_PUBLIC_URL (or the placeholder): https, ending in "/". */
function publicUrl(raw = process.env.LKE_PUBLIC_URL || DEFAULT_PUBLIC_URL) {
  const text = String(raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`LKE_PUBLIC_URL is not a URL: ${text}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`LKE_PUBLIC_URL must use https (Office loads add-ins only over https): ${text}`);
  }
  if (url.search || url.hash) {
    throw new Error(`LKE_PUBLIC_URL must not have a query or fragment: ${text}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with every development URL replaced by baseUrl. */
function rewriteManifest(content, baseUrl) {
  return content.toString("utf8").split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, DEFAULT_PUBLIC_URL, publicUrl, rewriteManifest };
