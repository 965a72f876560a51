/** Issue 10, items 4 and 5: atomic, respectful writing and output a program can trust. */
import { spawn } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../../src/cli/main";
import { captureCliOutput } from "./support/captureCliOutput";
import { withInputs } from "./support/packageParts";

jest.setTimeout(120000);
const { out, err, clear } = captureCliOutput();
const dir = mkdtempSync(join(tmpdir(), "tyoalue-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AREA = "assets/templates/tyollisyysalue.fi.xlsx";

/** The area template with a stale input: the 25-year projection made 10 years. */
async function staleArea(name: string): Promise<string> {
  const file = join(dir, name);
  await withInputs(AREA, file, "xl/worksheets/sheet2.xml", { B22: 10 });
  return file;
}

describe("exit statuses and the output's forms", () => {
  it("usage errors exit 64, apart from differences (1) and unreadable files (2)", async () => {
    expect(await run(["calc"])).toBe(64);
    expect(await run(["calc", AREA, "--no-such-option"])).toBe(64);
    expect(await run(["frobnicate"])).toBe(64);
    expect(await run(["calc", join(dir, "missing.xlsx")])).toBe(2);
    expect(await run(["calc", await staleArea("stale.xlsx"), "--check"])).toBe(1);
  });

  it("--version prints the package's version; --help prints help in LANG's language", async () => {
    expect(await run(["--version"])).toBe(0);
    expect(out.join("").trim()).toBe(
      (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version
    );
    const help = async (lang: string) => {
      const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
      process.env.LANG = lang;
      delete process.env.LC_ALL;
      clear();
      try {
        expect(await run(["calc", "--help"])).toBe(0);
      } finally {
        Object.assign(process.env, saved);
        if (saved.LC_ALL === undefined) delete process.env.LC_ALL;
        if (saved.LANG === undefined) delete process.env.LANG;
      }
      return out.join("");
    };
    expect(await help("fi_FI.UTF-8")).toContain("laske työkirja uudelleen");
    expect(await help("sv_FI.UTF-8")).toContain("räkna om en arbetsbok");
    expect(await help("C.UTF-8")).toContain("recalculate a workbook");
    // the usage line's words too (commander's "[options]" otherwise)
    expect(await help("fi_FI.UTF-8")).toContain(
      "Käyttö: tyoalue calc [valitsimet] <workbook.xlsx>"
    );
    expect(await help("sv_FI.UTF-8")).toContain(
      "Användning: tyoalue calc [alternativ] <workbook.xlsx>"
    );
    expect(await help("C.UTF-8")).toContain("Usage: tyoalue calc [options] <workbook.xlsx>");
  });

  it("--json --check prints one JSON document; --quiet prints no summary", async () => {
    const file = await staleArea("json-check.xlsx");
    expect(await run(["calc", file, "--json", "--check"])).toBe(1);
    const doc = JSON.parse(out.join("")) as { values: object; differences: { cell: string }[] };
    expect(Object.keys(doc.values)).toContain("Alue!B26");
    expect(doc.differences.map((d) => d.cell)).toContain("Alue!B26[12,1]");
    clear();
    expect(await run(["calc", file, "--check", "--quiet"])).toBe(1);
    expect(err).toEqual([]);
  });
});

describe("writing", () => {
  it("--out onto the input needs --in-place (exit 64, file untouched); with it, the file is refreshed", async () => {
    const file = await staleArea("in-place.xlsx");
    const before = readFileSync(file);
    expect(await run(["calc", file, "--out", file])).toBe(64);
    expect(err.join("")).toMatch(/--in-place/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(await run(["calc", file, "--out", file, "--in-place"])).toBe(0);
    expect(await run(["calc", file, "--check"])).toBe(0);
  });

  it("keeps the output's file mode and writes through a symlink to its target", async () => {
    const input = await staleArea("mode-in.xlsx");
    const target = join(dir, "target.xlsx");
    copyFileSync(AREA, target);
    chmodSync(target, 0o640);
    const link = join(dir, "link.xlsx");
    symlinkSync(target, link);
    expect(await run(["calc", input, "--out", link])).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(await run(["calc", target, "--check"])).toBe(0);
  });

  it("--out of a workbook whose cached values are all current writes the same bytes", async () => {
    const output = join(dir, "same.xlsx");
    expect(await run(["calc", AREA, "--out", output])).toBe(0);
    expect(readFileSync(output).equals(readFileSync(AREA))).toBe(true);
  });

  it("a failing run leaves an existing output untouched", async () => {
    const output = join(dir, "kept.xlsx");
    copyFileSync(AREA, output);
    const before = readFileSync(output);
    expect(await run(["calc", join(dir, "missing.xlsx"), "--out", output])).toBe(2);
    expect(readFileSync(output).equals(before)).toBe(true);
  });

  it("SIGTERM while writing leaves no temporary file, and the target whole", async () => {
    const sub = mkdtempSync(join(dir, "signal-"));
    const target = join(sub, "big.bin");
    const script =
      `const { writeAtomically } = require(${JSON.stringify(resolve("src/cli/atomicWrite.ts"))});` +
      "const bytes = Buffer.alloc(16 * 1024 * 1024, 7);" +
      "(async () => { for (let i = 0; i < 200; i++) {" +
      `writeAtomically(${JSON.stringify(target)}, bytes); process.stdout.write("w");` +
      "await new Promise((r) => setImmediate(r)); } })();";
    const child = spawn("node", ["--import", "tsx", "-e", script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    child.kill("SIGTERM");
    const [, signal] = await new Promise<[number | null, string | null]>((done) =>
      child.on("exit", (code, sig) => done([code, sig]))
    );
    expect(signal).toBe("SIGTERM");
    expect(readdirSync(sub)).toEqual(["big.bin"]);
    expect(statSync(target).size).toBe(16 * 1024 * 1024);
  });
});
