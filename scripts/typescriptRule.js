/** The webpack rule each build here compiles LKE's TypeScript with: ts-loader with that build's options. */
"use strict";

module.exports.typescriptRule = (options) => ({ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options } });
