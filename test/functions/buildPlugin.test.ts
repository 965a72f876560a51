import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
import { metadataByLang } from "../../scripts/functionsMetadata";
import { roundingNotesByLang } from "../../scripts/functionsRounding";
const { FunctionsMetadataPlugin } = require("../../scripts/functions-build.js");

// The webpack step of the custom functions: FunctionsMetadataPlugin emits functions.json,
// functions-fi.json, functions-sv.json and the help pages from the catalogue's metadata
// (here handed over directly instead of through tsx), or fails the build.
function build(dir: string, metadata: (baseUrl: string) => unknown): Promise<webpack.Stats> {
  writeFileSync(join(dir, "entry.js"), "module.exports = 1;\n");
  const plugin = new FunctionsMetadataPlugin({ baseUrl: "https://example.fi/x" });
  plugin.metadata = metadata;
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "dist") },
    plugins: [plugin],
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => (err ? reject(err) : compiler.close(() => resolve(stats!))))
  );
}

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tyoalue-build-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("emits functions.json, functions-fi.json, functions-sv.json and help pages following the base URL", async () => {
  const stats = await build(dir, (base) => ({
    byLang: metadataByLang(base),
    notes: roundingNotesByLang(),
  }));
  expect(stats.hasErrors()).toBe(false);
  const fi = JSON.parse(readFileSync(join(dir, "dist/functions-fi.json"), "utf8"));
  expect(fi.functions.find((f: { id: string }) => f.id === "CASELOAD")).toMatchObject({
    name: "ASIAKASMAARA",
    helpUrl: "https://example.fi/x/help/fi/CASELOAD.html",
  });
  const en = JSON.parse(readFileSync(join(dir, "dist/functions.json"), "utf8"));
  expect(en.functions[0].helpUrl).toBe("https://example.fi/x/help/en/LABOURFORCE.html");
  expect(readFileSync(join(dir, "dist/help/sv/CASELOAD.html"), "utf8")).toContain('lang="sv"');
}, 60000);

it("fails the build when the metadata cannot be made (a text misses a parameter)", async () => {
  const stats = await build(dir, () => {
    throw new Error("Catalogue texts do not fit:\nCASELOAD(fte) has no description");
  });
  expect(stats.hasErrors()).toBe(true);
  expect(
    stats
      .toJson({ errors: true })
      .errors?.map((e) => e.message)
      .join("\n")
  ).toMatch(/CASELOAD\(fte\) has no description/);
}, 60000);
