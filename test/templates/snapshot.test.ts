import JSZip from "jszip";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSnapshot } from "../../src/cli/snapshot";
import { snapshotNote } from "../../src/templates/package/snapshotPackage";
import { inEnglish } from "../cli/support/inEnglish";

inEnglish(); // the messages read below ("replaced …") are the English ones
const dir = mkdtempSync(join(tmpdir(), "snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) },
  };
}

describe("tyoalue snapshot", () => {
  it("replaces every TYOALUE formula, keeps SUM, drops the add-in parts and the calc chain, and adds the note", async () => {
    const { lines, io: sink } = io();
    const out = join(dir, "area.xlsx");
    expect(await runSnapshot("assets/templates/tyollisyysalue.fi.xlsx", out, sink)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet).not.toContain("_xldudf_");
    expect(sheet).not.toContain('cm="1"');
    expect(sheet).toContain("<f>$B$16</f>"); // Excel's own formulas stay live
    expect(zip.file("xl/webextensions/webextension1.xml")).toBeNull();
    expect(await zip.file("_rels/.rels")!.async("string")).not.toContain("webextension");
    expect(await zip.file("[Content_Types].xml")!.async("string")).not.toContain("webextension");
    const replaced = Number(/replaced (\d+)/.exec(lines.out[0])![1]);
    // the area sheet: 5 scalar results + 1 spilling projection = 6 TYOALUE formulas
    expect(replaced).toBe(6);
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).toContain('<sheet name="Arvot – Värden" sheetId="3" r:id="');
    expect(await zip.file("xl/worksheets/sheet3.xml")!.async("string")).toContain(
      snapshotNote(6)[0]
    );
  });

  it.each([
    [
      "a file that is not a zip",
      "garbage.xlsx",
      Buffer.from("this is not a workbook"),
      /not an \.xlsx workbook \(not a zip file\)/,
    ],
    ["a zip without a workbook", "empty.xlsx", null, /cannot read the workbook|has no worksheets/],
  ])("refuses %s with one line, exit 2 and no output file", async (_what, name, bytes, message) => {
    const input = join(dir, name);
    writeFileSync(
      input,
      bytes ?? (await new JSZip().file("hello.txt", "hi").generateAsync({ type: "nodebuffer" }))
    );
    const { lines, io: sink } = io();
    const out = join(dir, `out-${name}`);
    expect(await runSnapshot(input, out, sink)).toBe(2);
    expect(lines.err).toHaveLength(1);
    expect(lines.err[0]).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a missing input with exit 2", async () => {
    const { lines, io: sink } = io();
    expect(await runSnapshot(join(dir, "missing.xlsx"), join(dir, "x.xlsx"), sink)).toBe(2);
    expect(lines.err).toHaveLength(1);
    expect(lines.err[0]).toContain("missing.xlsx: no such file");
  });
});
