// Builds the add-in: one shared-runtime page (taskpane.html) that loads office.js, the custom
// functions bundle and the task pane bundle; functions*.json from the catalogue entries; and
// dist/manifest.xml with every URL following ADDIN_BASE_URL.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ChunkGroupsPlugin } = require("./scripts/chunk-groups.js");
const { contentSecurityPolicy } = require("./scripts/csp.js");
const { rewriteManifest, DEV_BASE_URL } = require("./scripts/manifest/rewrite.js");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

// ---- Hook for the functions room --------------------------------------------------------
// scripts/functions-build.js (owned by the custom functions) may export
// `plugins(options) => webpack plugins[]`, e.g. the metadata emitting functions.json,
// functions-fi.json / functions-sv.json and the help pages. Absent file = no extras.
const FUNCTIONS_EXTRAS = path.resolve(__dirname, "scripts/functions-build.js");
function functionsExtras(options) {
  if (!fs.existsSync(FUNCTIONS_EXTRAS)) return [];
  return require(FUNCTIONS_EXTRAS).plugins(options);
}
// -------------------------------------------------------------------------------------------

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return {
    mode,
    // ES2020 lets webpack use globalThis instead of its `new Function("return this")` fallback.
    target: ["web", "es2020"],
    devtool: "source-map", // never eval-based: the CSP forbids eval
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: { keep: /^cli[\\/]/ }, // dist/cli is the tyoalue CLI built by tsc (npm run build:cli)
    },
    // One page loads both entries (the shared runtime): one webpack runtime for both, and the
    // modules both use (the core, zod/mini) in one shared chunk, loaded and evaluated once.
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, enforce: true },
        },
      },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // No eval or new Function in any bundle, lazy chunks included (the CSP forbids them
      // and test/e2e/securityDist scans dist): jszip's browser build inlines the
      // setimmediate polyfill, so use its source build with a function-only shim.
      alias: {
        jszip$: require.resolve("jszip/lib/index.js"),
        setimmediate$: path.resolve(__dirname, "src/taskpane/shims/setImmediate.js"),
      },
      fallback: { stream: false }, // jszip's optional Node stream support (it probes in try/catch)
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      // chevrotain's parser code generation (unused by HyperFormula, compiles with new Function).
      new webpack.NormalModuleReplacementPlugin(
        /[\\/]chevrotain[\\/].*[\\/]generate[\\/]generate_public(\.js)?$/,
        path.resolve(__dirname, "src/taskpane/shims/chevrotainGenerate.js")
      ),
      ...functionsExtras({ dev, baseUrl }),
      new ChunkGroupsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        csp: contentSecurityPolicy({ dev }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          // office.js from our own origin; already minified, so Terser must skip it (200 s -> 16 s).
          { from: "node_modules/@microsoft/office-js/dist", to: ".", info: { minimized: true } },
          { from: "assets/icons/*.png", to: "assets/icons/[name][ext]" },
          { from: "assets/icons/favicon.ico", to: "favicon.ico" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (c) => rewriteManifest(c, baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
