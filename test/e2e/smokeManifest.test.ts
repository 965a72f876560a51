import { existsSync, readFileSync } from "fs";
import path from "path";
import { checkManifestFile } from "../../scripts/check-manifest.js";

const DIST = path.resolve(__dirname, "../../dist");

// Runs after `npm run build`: the manifest that is actually deployed.
describe("dist/manifest.xml", () => {
  it("exists (run `npm run build` first)", () => {
    expect(existsSync(path.join(DIST, "manifest.xml"))).toBe(true);
  });

  it("passes the offline manifest check with icons found in dist/", () => {
    expect(checkManifestFile(path.join(DIST, "manifest.xml"), { assetsRoot: DIST })).toEqual([]);
  });

  it("points the functions metadata of every locale at files the build emitted", () => {
    const xml = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const names = [...xml.matchAll(/\/(functions(?:-[a-z]{2})?\.json)"/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(
      new Set(["functions.json", "functions-fi.json", "functions-sv.json"])
    );
    for (const name of new Set(names))
      expect({ name, built: existsSync(path.join(DIST, name)) }).toEqual({ name, built: true });
  });
});
