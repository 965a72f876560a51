import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runSnapshot } from "../../src/cli/snapshot";
import { INSTRUCTIONS_NAME } from "../../src/templates/instructionsSheet";
import { localize } from "../../src/templates/spec";
import { cached, readWorkbook, TEMPLATE_FILES } from "./support/templateFiles";
import { convertToCsv, readCsv } from "./support/libreoffice";

/*
 * Every template (and its snapshot to values) opens in LibreOffice. LibreOffice does not
 * know the add-in: it shows the cached value of a plain TYOALUE formula but recalculates
 * boolean and array ones to #NAME?. What must hold is that the file opens, every sheet is
 * there, every typed cell reads back as the spec wrote it, and every TYOALUE cell shows its
 * cached value or #NAME?. The snapshot must show the cached values everywhere.
 */
const dir = mkdtempSync(join(tmpdir(), "lo-templates-"));
/**
 * A CSV cell as a plain value: LibreOffice writes percentages with their sign even in raw
 * CSV ("-1.4%" → -0.014), and exceljs reads "#NAME?" as an error object.
 */
const plain = (v: unknown): unknown => {
  if (v && typeof v === "object" && "error" in v) return (v as { error: string }).error;
  return typeof v === "string" && /^-?[\d.]+%$/.test(v) ? Number(v.slice(0, -1)) / 100 : v;
};
/** LibreOffice writes 15 significant digits: compare numbers relatively. */
const near = (a: unknown, b: number): boolean =>
  Math.abs(Number(a) - b) <= 1e-12 * Math.max(1, Math.abs(b));
const quiet = { out: () => undefined, err: (l: string) => console.error(l) };

beforeAll(async () => {
  const snaps = [];
  for (const t of TEMPLATE_FILES) {
    const snap = join(dir, `snap-${basename(t.file)}`);
    expect(await runSnapshot(t.file, snap, quiet)).toBe(0);
    snaps.push(snap);
  }
  convertToCsv([...TEMPLATE_FILES.map((t) => t.file), ...snaps], dir);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(TEMPLATE_FILES.map((t) => [basename(t.file), t]))(
  "LibreOffice opens %s",
  (name, { spec, lang, file }) => {
    const stem = name.replace(/\.xlsx$/, "");
    it("with its instructions sheet first and the typed cells as written", async () => {
      const wb = await readWorkbook(file);
      const instructions = await readCsv(
        join(dir, `${stem}-${localize(INSTRUCTIONS_NAME, lang)}.csv`)
      );
      expect(instructions("B1")).toBe(spec.title[lang]);
      for (const sheet of spec.sheets) {
        const cell = await readCsv(join(dir, `${stem}-${localize(sheet.name, lang)}.csv`));
        for (const c of sheet.cells.filter((x) => x.value !== undefined)) {
          const want = typeof c.value === "object" ? c.value[lang] : c.value;
          expect([c.ref, plain(cell(c.ref))]).toEqual([
            c.ref,
            typeof want === "number" ? expect.closeTo(want, 12) : want,
          ]);
        }
        for (const c of sheet.cells.filter(
          (x) => x.formula && x.formula.fn !== "SUM" && x.formula.fn !== "REF"
        )) {
          const got = plain(cell(c.ref));
          const want = cached(wb, localize(sheet.name, lang), c.ref);
          const same =
            got === "#NAME?" ||
            (typeof want === "number"
              ? near(got, want)
              : String(got).toUpperCase() === String(want).toUpperCase());
          expect([c.ref, got, same]).toEqual([c.ref, got, true]);
        }
      }
    });

    it("and its snapshot shows the cached values of every formula, with the note sheet", async () => {
      const wb = await readWorkbook(file);
      for (const sheet of spec.sheets) {
        const cell = await readCsv(join(dir, `snap-${stem}-${localize(sheet.name, lang)}.csv`));
        for (const c of sheet.cells.filter((x) => x.formula)) {
          const want = cached(wb, localize(sheet.name, lang), c.ref);
          const got = plain(cell(c.ref));
          if (typeof want === "number")
            expect([c.ref, got, near(got, want)]).toEqual([c.ref, got, true]);
          else
            expect([c.ref, String(got).toUpperCase()]).toEqual([c.ref, String(want).toUpperCase()]);
        }
      }
      const note = await readCsv(join(dir, `snap-${stem}-Arvot – Värden.csv`));
      expect(String(note("A1"))).toMatch(
        /^Tämä työkirja on tilannekuva: Työllisyysalue-apuohjelman \d+ kaavaa/
      );
    });
  }
);

/*
 * What LibreOffice 7.4 makes of the stored results, tried by hand: it keeps the cached number
 * or text of a formula it cannot compute, but recalculates a cached TRUE/FALSE (`t="b"`) and
 * every array formula — dynamic (`cm="1"`) or legacy `{=…}` alike — to #NAME?. Written as a
 * number or text instead, a boolean would show, but Excel and `calc --check` would then read
 * the wrong type; so the instructions sheet promises nothing and points to the snapshot.
 */
describe("LibreOffice without the add-in", () => {
  it("shows a cached number, and #NAME? for a TRUE/FALSE result and a spilled one", async () => {
    for (const [lang, sheet] of [
      ["fi", "Alue"],
      ["sv", "Område"],
    ]) {
      const cell = await readCsv(join(dir, `tyollisyysalue.${lang}-${sheet}.csv`));
      expect(near(cell("B15"), 28616)).toBe(true); // LABOURFORCE, cached 28 616 (Kymppi plan)
      expect(plain(cell("B17"))).toBe("#NAME?"); // MEETSMINIMUM, cached TRUE
      expect(plain(cell("B26"))).toBe("#NAME?"); // PROJECTLABOURFORCE spilling B26:B51
    }
  });

  it.each(TEMPLATE_FILES.map((t) => [basename(t.file), t]))(
    "so the instructions of %s point to `tyoalue snapshot` instead of promising the values",
    async (name, { lang }) => {
      const stem = name.replace(/\.xlsx$/, "");
      const cell = await readCsv(join(dir, `${stem}-${localize(INSTRUCTIONS_NAME, lang)}.csv`));
      const texts = Array.from({ length: 30 }, (_, i) => String(cell(`B${i + 1}`)));
      expect(texts.filter((t) => t.includes("tyoalue snapshot"))).toHaveLength(1);
      expect(texts.filter((t) => /#NAME\?/.test(t))).toHaveLength(1);
      expect(texts.join(" ")).not.toMatch(/näkyy ilman apuohjelmaakin|syns även utan tillägget/);
    }
  );
});
