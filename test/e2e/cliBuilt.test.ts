/**
 * The built CLI (`npm run build` → build:cli → dist/cli), as `npx tyoalue` runs it: the bin of
 * package.json exists and is executable, `--help`/`--version` need nothing but main.js (no
 * engine is loaded), and calc computes like the source.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  version: string;
  bin: Record<string, string>;
};
const BIN = resolve(pkg.bin.tyoalue);
const dir = mkdtempSync(join(tmpdir(), "tyoalue-built-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tyoalue = (bin: string, args: string[]) =>
  spawnSync(bin, args, { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "" } });

describe("the built tyoalue CLI", () => {
  it("is package.json's bin, executable", () => {
    expect(() => accessSync(BIN, constants.X_OK)).not.toThrow();
  });

  it("prints help and its version from main.js alone: the engine (actions.js) is not needed", () => {
    for (const f of ["main.js", "load-actions.js"]) copyFileSync(join(BIN, "..", f), join(dir, f));
    const alone = join(dir, "main.js");
    const help = spawnSync(process.execPath, [alone, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("calc");
    const version = spawnSync(process.execPath, [alone, "--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("computes a template like the source does (--json), and --check passes on it", () => {
    const file = "assets/templates/kuntayhtyma.fi.xlsx";
    const json = tyoalue(BIN, ["calc", file, "--json"]);
    expect(json.status).toBe(0);
    const values = JSON.parse(json.stdout) as Record<string, unknown>;
    // The template's cap: 95 % of the members' state subsidies, as the template caches it.
    expect(values["Talousarvio!B7"]).toBe(6758240.72);
    expect(tyoalue(BIN, ["calc", file, "--check"]).status).toBe(0);
  });
});
