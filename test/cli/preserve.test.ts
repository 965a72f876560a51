/**
 * Issue 10, "Done when": calc --out and snapshot edit the package, they do not rewrite it.
 * Each template, an .xlsm with a macro and a protected workbook go through both commands;
 * the packages are compared part by part.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { stripAddinFormulas } from "../../src/templates/package/stripFormulas";
import { captureCliOutput } from "./support/captureCliOutput";
import { packageParts, withoutCachedValues } from "./support/packageParts";
import {
  asMacroWorkbook,
  asProtectedWorkbook,
  VBA_BYTES,
  withStaleFormulas,
} from "./support/variants";
import { TEMPLATE_FILES } from "../templates/support/templateFiles";

jest.setTimeout(60000);
captureCliOutput();
const dir = mkdtempSync(join(tmpdir(), "tyoalue-preserve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AREA = "assets/templates/tyollisyysalue.fi.xlsx";
const isSheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);

interface Case {
  readonly name: string;
  readonly make: (out: string) => Promise<void>;
  readonly ext: string;
}
const cases: Case[] = [
  ...TEMPLATE_FILES.map(({ file }) => ({
    name: file.split("/").pop()!,
    make: (out: string) => withStaleFormulas(file, out),
    ext: "xlsx",
  })),
  {
    name: "an .xlsm with a macro",
    make: async (out: string) => {
      await asMacroWorkbook(AREA, `${out}.tmp.xlsx`);
      await withStaleFormulas(`${out}.tmp.xlsx`, out);
    },
    ext: "xlsm",
  },
  {
    name: "a protected workbook",
    make: async (out: string) => {
      await asProtectedWorkbook(AREA, `${out}.tmp.xlsx`);
      await withStaleFormulas(`${out}.tmp.xlsx`, out);
    },
    ext: "xlsx",
  },
];

describe.each(cases.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
  const input = join(dir, `in-${i}.${c.ext}`);
  beforeAll(() => c.make(input));

  it("calc --out refreshes the stale cached values and changes nothing else", async () => {
    expect(await run(["calc", input, "--check"])).toBe(1); // every formula was made stale
    const out = join(dir, `out-${i}.${c.ext}`);
    expect(await run(["calc", input, "--out", out])).toBe(0);
    expect(await run(["calc", out, "--check"])).toBe(0);
    const before = await packageParts(input);
    const after = await packageParts(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    let changedSheets = 0;
    for (const [name, bytes] of before) {
      if (isSheet(name) && !bytes.equals(after.get(name)!)) {
        changedSheets++;
        expect(withoutCachedValues(after.get(name)!.toString())).toBe(
          withoutCachedValues(bytes.toString())
        );
      } else expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
    expect(changedSheets).toBeGreaterThan(0);
    if (c.ext === "xlsm") expect(after.get("xl/vbaProject.bin")!.equals(VBA_BYTES)).toBe(true);
  });

  it("snapshot replaces the add-in's formulas of a fresh workbook; other parts stay as they were", async () => {
    const out = join(dir, `snap-${i}.${c.ext}`);
    expect(await run(["snapshot", input, out])).toBe(1); // stale values are refused
    const fresh = join(dir, `fresh-${i}.${c.ext}`);
    expect(await run(["calc", input, "--out", fresh])).toBe(0);
    expect(await run(["snapshot", fresh, out])).toBe(0);
    const before = await packageParts(fresh);
    const after = await packageParts(out);
    // What snapshot owns: formulas of the add-in in sheet parts, the calc chain, the
    // task-pane parts and their references, and the note sheet with its references.
    const owned = (n: string) =>
      isSheet(n) ||
      /^xl\/webextensions\//.test(n) ||
      [
        "xl/calcChain.xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "_rels/.rels",
      ].includes(n);
    for (const [name, bytes] of before) {
      if (owned(name)) continue;
      expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
    for (const [name, bytes] of before)
      if (isSheet(name))
        expect(after.get(name)!.toString()).toBe(stripAddinFormulas(bytes.toString()).xml);
    const wb = after.get("xl/workbook.xml")!.toString();
    const wbBefore = before.get("xl/workbook.xml")!.toString();
    expect(wb.replace(/<sheet name="Arvot – Värden"[^>]*\/>/, "")).toBe(wbBefore);
    // --recalculate on the stale input freezes the same package
    const direct = join(dir, `snap-direct-${i}.${c.ext}`);
    expect(await run(["snapshot", input, direct, "--recalculate"])).toBe(0);
    const same = await packageParts(direct);
    for (const [name, bytes] of after)
      expect({ name, same: bytes.equals(same.get(name)!) }).toEqual({ name, same: true });
    if (c.ext === "xlsm") {
      expect(after.get("xl/vbaProject.bin")!.equals(VBA_BYTES)).toBe(true);
      expect(after.get("[Content_Types].xml")!.toString()).toContain("macroEnabled");
    }
  });
});
