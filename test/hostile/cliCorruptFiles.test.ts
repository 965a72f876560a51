/**
 * Corrupt, truncated and non-xlsx files given to the CLI (`tyoalue calc` with --json, --check
 * and --out, and `tyoalue snapshot`): exit status 2, exactly one line on stderr naming the
 * file, nothing on stdout, no output file and no temporary file left behind.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { corruptFiles, validWorkbook, type CorruptFile } from "../fixtures/hostile/corruptFiles";
import { captureCliOutput } from "../cli/support/captureCliOutput";

let dir: string;
let files: CorruptFile[];
const { out, err, clear } = captureCliOutput();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tyoalue-hostile-"));
  files = await corruptFiles();
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  writeFileSync(join(dir, "valid.xlsx"), await validWorkbook());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = [
  "empty.xlsx",
  "text.xlsx",
  "image.xlsx",
  "random.xlsx",
  "zip-header-only.xlsx",
  "truncated-half.xlsx",
  "truncated-tail.xlsx",
  "zip-not-workbook.xlsx",
  "broken-sheet-xml.xlsx",
  "no-workbook-part.xlsx",
  "broken-workbook-xml.xlsx",
];

function expectCleanRefusal(code: number, name: string, output: string): void {
  const lines = err
    .join("")
    .split("\n")
    .filter((l) => l.length > 0);
  expect({ code, stdout: out.join(""), lines: lines.length }).toEqual({
    code: 2,
    stdout: "",
    lines: 1,
  });
  expect(lines[0]).toMatch(/^tyoalue: /);
  expect(lines[0]).toContain(name);
  expect(lines[0]).not.toMatch(/\n| {4}at /); // no stack trace
  expect(existsSync(output)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("the corrupt inputs", () => {
  it("are the eleven listed, and the valid original computes (so each refusal is about the corruption)", async () => {
    expect(files.map((f) => f.name)).toEqual(NAMES);
    expect(await run(["calc", join(dir, "valid.xlsx"), "--json"])).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual({ "Alue!B1": 17050 }); // 6300 + 6050 + 4700
  });
});

describe.each(NAMES)("%s", (name) => {
  it("tyoalue calc --json --out: exit 2, one line, no output file", async () => {
    const output = join(dir, `${name}.calc-out.xlsx`);
    expectCleanRefusal(
      await run(["calc", join(dir, name), "--json", "--out", output]),
      name,
      output
    );
  });
  it("tyoalue calc --check: exit 2, one line", async () => {
    expectCleanRefusal(
      await run(["calc", join(dir, name), "--check"]),
      name,
      join(dir, "never-written.xlsx")
    );
  });
  it("tyoalue snapshot: exit 2, one line, no output file", async () => {
    const output = join(dir, `${name}.snapshot-out.xlsx`);
    expectCleanRefusal(await run(["snapshot", join(dir, name), output]), name, output);
  });
});

describe("paths that are not files", () => {
  it.each([
    ["a missing file", () => join(dir, "missing.xlsx")],
    ["a directory", () => dir],
  ])("%s: calc and snapshot exit 2 with one line", async (_, path) => {
    const output = join(dir, "not-written.xlsx");
    expectCleanRefusal(
      await run(["calc", path(), "--out", output]),
      path().split("/").pop()!,
      output
    );
    clear();
    expectCleanRefusal(await run(["snapshot", path(), output]), path().split("/").pop()!, output);
  });
});

describe("an output that cannot be written", () => {
  it("calc --out and snapshot into a missing folder: exit 2, one line naming the output, nothing left behind", async () => {
    const output = join(dir, "no-such-folder", "out.xlsx");
    const input = join(dir, "valid.xlsx");
    expectCleanRefusal(await run(["calc", input, "--check", "--out", output]), "out.xlsx", output);
    clear();
    expectCleanRefusal(await run(["snapshot", input, output]), "out.xlsx", output);
  });
});
