#!/usr/bin/env node
// npm start: development build served over https://localhost:3000 (PORT to change), with
// dist/ written to disk so dist/manifest.xml can be sideloaded. Falls back to plain http on
// localhost when certificates cannot be generated.
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { devCertificates } = require("./dev-certs");
const { serverHeaders } = require("./csp");
const { sideloadHelp } = require("./sideload-help");

async function main() {
  const port = Number(process.env.PORT || 3000);
  let certs = null;
  try {
    certs = await devCertificates();
  } catch (err) {
    console.warn(`Could not generate development certificates: ${err.message.split("\n")[0]}`);
  }
  const baseUrl = `${certs ? "https" : "http"}://localhost:${port}`;
  // dist/manifest.xml follows the server actually running (the build refuses http bases,
  // so an http fallback keeps the https://localhost manifest and says Excel cannot use it).
  if (certs && !process.env.ADDIN_BASE_URL) process.env.ADDIN_BASE_URL = baseUrl;

  const config = require("../webpack.config.js")({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      host: "localhost",
      port,
      server: certs
        ? { type: "https", options: { key: certs.key, cert: certs.cert, ca: certs.ca } }
        : "http",
      headers: { ...serverHeaders({ dev: true }), "Access-Control-Allow-Origin": "*" },
      static: false,
      devMiddleware: { writeToDisk: true },
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
    compiler
  );
  await server.start();
  compiler.hooks.done.tap("tyoalue-start", (stats) => {
    if (stats.hasErrors()) console.error("Build failed; see the errors above.");
  });
  console.log(sideloadHelp({ baseUrl, https: Boolean(certs), caPath: certs?.caPath }).join("\n"));
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
