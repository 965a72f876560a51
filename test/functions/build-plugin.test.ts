import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
const { FunctionsExtrasPlugin } = require("../../scripts/functions-build.js");

// The webpack step that follows custom-functions-metadata-plugin: here a tiny plugin emits a
// functions.json as the metadata plugin would, and FunctionsExtrasPlugin must add the fi/sv
// files and help pages, or fail the build when a table does not fit the catalogue.
const METADATA = {
  functions: [
    {
      id: "CASELOAD",
      name: "CASELOAD",
      description: "Clients per FTE.",
      helpUrl: "https://localhost:3000/help/en/CASELOAD.html",
      parameters: [
        { name: "clients", description: "Clients.", type: "any" },
        { name: "fte", description: "FTE.", type: "any" },
      ],
      result: { type: "number" },
    },
  ],
};
const table = (withFte: boolean) => ({
  CASELOAD: {
    name: "ASIAKASMAARA",
    description: "Asiakkaita htv:tä kohden.",
    parameters: {
      clients: { name: "asiakkaat", description: "Asiakkaat." },
      ...(withFte ? { fte: { name: "htv", description: "Htv." } } : {}),
    },
  },
});

class EmitMetadata {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.thisCompilation.tap("EmitMetadata", (c) =>
      c.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(METADATA)))
    );
  }
}

function build(dir: string, fi: object): Promise<webpack.Stats> {
  writeFileSync(join(dir, "entry.js"), "module.exports = 1;\n");
  const plugin = new FunctionsExtrasPlugin({ baseUrl: "https://example.fi/x" });
  plugin.tables = () => ({ fi, sv: table(true) });
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "dist") },
    plugins: [new EmitMetadata(), plugin],
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => (err ? reject(err) : compiler.close(() => resolve(stats!))))
  );
}

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tyoalue-build-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("emits functions-fi.json, functions-sv.json and help pages following the base URL", async () => {
  const stats = await build(dir, table(true));
  expect(stats.hasErrors()).toBe(false);
  const fi = JSON.parse(readFileSync(join(dir, "dist/functions-fi.json"), "utf8"));
  expect(fi.functions[0]).toMatchObject({
    name: "ASIAKASMAARA",
    helpUrl: "https://example.fi/x/help/fi/CASELOAD.html",
  });
  expect(readFileSync(join(dir, "dist/help/sv/CASELOAD.html"), "utf8")).toContain('lang="sv"');
}, 60000);

it("fails the build when a translation misses a parameter", async () => {
  const stats = await build(dir, table(false));
  expect(stats.hasErrors()).toBe(true);
  expect(
    stats
      .toJson({ errors: true })
      .errors?.map((e) => e.message)
      .join("\n")
  ).toMatch(/fi: CASELOAD\(fte\) has no name or description/);
}, 60000);
