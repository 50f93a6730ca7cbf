/**
 * Builds the add-in's web part (the task pane, which is the ribbon's function file too, and the
 * ribbon's dialog) into dist/web/.
 *
 *   npm run build        production build; no certificates, no network
 *   npm run dev-server   https://localhost:3000/ with office-addin-dev-certs
 *
 * The production manifest (dist/web/manifest.xml) has every https://localhost:3000/ URL
 * replaced by LKE_PUBLIC_URL, the address the files in dist/web/ are served from.
 */
"use strict";

const path = require("path");


const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const { DEV_URL, publicUrl, rewriteManifest } = require("./scripts/public-url");
const { typescriptRule } = require("./scripts/typescriptRule");

const DEV_PORT = 3000;

async function devServerHttpsOptions() {
  // Only needed by `webpack serve`; required lazily so a production build never touches certs.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = production ? publicUrl() : DEV_URL;

  const config = {
    mode: production ? "production" : "development",
    // Older Windows Office shows add-ins in EdgeHTML 18, which parses ES2017 and no later:
    // webpack's own runtime code is written for it too.
    target: ["web", "es2017"],
    // Source maps as separate files: eval-based maps would break the pages' CSP (no eval).
    devtool: "source-map",
    entry: {
      taskpane: "./src/addin/taskpane/taskpane.ts",
      notice: "./src/addin/commands/noticePage.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js", ".json"],
    },
    module: {
      rules: [
        typescriptRule({
          configFile: path.resolve(__dirname, "tsconfig.json"),
          // Type-check only what is bundled; `npm run typecheck` covers the rest.
          onlyCompileBundledFiles: true,
          compilerOptions: { noEmit: false, module: "es2020", target: "es2017", sourceMap: true },
        }),
        {
          // Packages shipped with newer syntax (?. ?? object spread ...) are lowered to ES2017 too.
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, "scripts/es2017-loader.js") },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/addin/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/addin/commands/notice.html",
        chunks: ["notice"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The task pane's stylesheet, linked from taskpane.html (the CSP allows no inline styles).
          { from: "src/addin/taskpane/taskpane.css", to: "taskpane.css" },
          // Plain ES5, not bundled: it must run where the bundles cannot.
          { from: "src/addin/taskpane/browserCheck.js", to: "browser-check.js" },
          { from: "src/addin/commands/notice.css", to: "notice.css" },
          // The pages the manifest's SupportUrl names.
          { from: "src/addin/support/*.{html,css}", to: "[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifest(content, baseUrl) : content),
          },
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
  };

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devServerHttpsOptions() },
      client: { overlay: false },
    };
  }

  return config;
};
