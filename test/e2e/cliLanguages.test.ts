/**
 * The built CLI (`npm run build` → dist/cli) speaks the locale's language in every message,
 * not only in --help: refusals, the --check lines and summary, snapshot's refusal and the
 * messages inside error values. What programs read does not change with the language: exit
 * statuses, --json keys and error codes, `Sheet!A1` cell keys.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { withInputs } from "../cli/support/packageParts";

const BIN = resolve(
  (JSON.parse(readFileSync("package.json", "utf8")) as { bin: Record<string, string> }).bin.tyoalue
);
const dir = mkdtempSync(join(tmpdir(), "tyoalue-languages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

/** Runs the built CLI under LANG (LC_ALL and LC_MESSAGES unset, as on a plain login). */
const tyoalue = (lang: string, args: string[]) => {
  const r = spawnSync(BIN, args, {
    encoding: "utf8",
    env: { ...process.env, LANG: lang, LC_ALL: "", LC_MESSAGES: "" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Each language's words, written out here (not taken from the catalogue under test). */
const LANGUAGES = [
  {
    lang: "fi_FI.UTF-8",
    missing: (p: string) => `tyoalue: ${p}: tiedostoa ei ole`,
    xls: (p: string) =>
      `tyoalue: ${p}: vanhamuotoinen .xls-työkirja (binäärinen): tallenna se Excelissä .xlsx-muodossa`,
    isInput: (p: string) =>
      `tyoalue: ${p} on syötetiedosto: lisää --in-place, jos haluat korvata sen`,
    summary: (n: number, of: number) => `Uudelleenlaskennasta poikkeavia kaavasoluja: ${n}/${of}`,
    cached: "tallennettu",
    recalculated: "uudelleenlaskettu",
    stale: (p: string, n: number) =>
      `tyoalue: snapshot: ${p}: vanhentuneita tallennettuja arvoja: ${n} (`,
    more: (n: number) => ` ja ${n} muuta); aja ensin calc --out tai lisää --recalculate`,
    // the core's "cell.text" in Finnish, with the parameter's Finnish name
    notNumber: 'työvoima on tekstiä ("abc") eikä luku',
  },
  {
    lang: "sv_FI.UTF-8",
    missing: (p: string) => `tyoalue: ${p}: filen finns inte`,
    xls: (p: string) =>
      `tyoalue: ${p}: en äldre .xls-arbetsbok (binär): spara den som .xlsx i Excel`,
    isInput: (p: string) =>
      `tyoalue: ${p} är indatafilen: lägg till --in-place för att skriva över den`,
    summary: (n: number, of: number) => `${n} av ${of} formelceller skiljer sig från omräkningen`,
    cached: "sparat",
    recalculated: "omräknat",
    stale: (p: string, n: number) => `tyoalue: snapshot: ${p}: ${n} sparade värden är inaktuella (`,
    more: (n: number) => ` och ${n} till); kör calc --out först`,
    notNumber: 'arbetskraft är texten "abc", inte ett tal',
  },
  {
    lang: "C",
    missing: (p: string) => `tyoalue: ${p}: no such file`,
    xls: (p: string) => `tyoalue: ${p}: a legacy .xls workbook (binary): save it as .xlsx in Excel`,
    isInput: (p: string) => `tyoalue: ${p} is the input: add --in-place to overwrite it`,
    summary: (n: number, of: number) => `${n} of ${of} formula cells differ from recalculation`,
    cached: "cached",
    recalculated: "recalculated",
    stale: (p: string, n: number) => `tyoalue: snapshot: ${p}: ${n} cached values are stale (`,
    more: (n: number) => ` and ${n} more); run calc --out first`,
    notNumber: 'labourForce is the text "abc", not a number',
  },
];

const AREA = "assets/templates/tyollisyysalue.fi.xlsx";
const STALE = file("stale.xlsx");
const NOT_NUMBER = file("not-number.xlsx");
const XLS = file("old.xls");

beforeAll(async () => {
  // The area template with its 25-year projection made 10 years: the spill at Alue!B26 keeps
  // 11 rows (this year and 10 ahead) of the 26 the file records, so 15 cells are stale.
  await withInputs(AREA, STALE, "xl/worksheets/sheet2.xml", { B22: 10 });
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Virhe");
  s.getCell("A1").value = "abc";
  s.getCell("B1").value = {
    formula: "TYOALUE.LABOURFORCE(A1)",
    result: { error: "#VALUE!" },
  } as ExcelJS.CellValue;
  await wb.xlsx.writeFile(NOT_NUMBER);
  // A compound file ([MS-CFB] signature) with a "Workbook" stream: what Excel 97–2003 saves.
  writeFileSync(
    XLS,
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from("Workbook", "utf16le"),
    ])
  );
});

describe.each(LANGUAGES)("under LANG=$lang", (t) => {
  it("names a missing file and an .xls in the language, exit 2, nothing on stdout", () => {
    const missing = file("missing.xlsx");
    expect(tyoalue(t.lang, ["calc", missing])).toEqual({
      status: 2,
      stdout: "",
      stderr: `${t.missing(missing)}\n`,
    });
    expect(tyoalue(t.lang, ["calc", XLS])).toEqual({
      status: 2,
      stdout: "",
      stderr: `${t.xls(XLS)}\n`,
    });
  });

  it("refuses --out onto the input without --in-place: exit 64", () => {
    expect(tyoalue(t.lang, ["calc", AREA, "--out", AREA])).toEqual({
      status: 64,
      stdout: "",
      stderr: `${t.isInput(AREA)}\n`,
    });
  });

  it("--check of a stale workbook: difference lines and the summary in the language", () => {
    const formulas = Object.keys(
      JSON.parse(tyoalue(t.lang, ["calc", STALE, "--json"]).stdout) as object
    ).length;
    const r = tyoalue(t.lang, ["calc", STALE, "--check"]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(15);
    expect(lines[0]).toMatch(
      new RegExp(`^Alue!B26\\[12,1\\]: ${t.cached} 24505\\.01\\d*, ${t.recalculated} null$`)
    );
    expect(r.stderr).toBe(`${t.summary(15, formulas)}\n`);
  });

  it("snapshot refuses stale values, naming five cells and how many more; writes nothing", () => {
    const out = file(`snapshot-${t.lang}.xlsx`);
    const r = tyoalue(t.lang, ["snapshot", STALE, out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(t.stale(STALE, 15) + "Alue!B26[12,1], Alue!B26[13,1],");
    expect(r.stderr).toContain("Alue!B26[16,1]" + t.more(10));
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("--json of an error value: the same keys and code, the message in the language", () => {
    const r = tyoalue(t.lang, ["calc", NOT_NUMBER, "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      "Virhe!B1": { error: "#VALUE!", message: t.notNumber },
    });
  });

  it("--json of a refused file: nothing on stdout, the refusal in the language", () => {
    const missing = file("missing.xlsx");
    expect(tyoalue(t.lang, ["calc", missing, "--json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: `${t.missing(missing)}\n`,
    });
  });
});

describe("what programs read is the same in every language", () => {
  it("--check lines differ only in their two words; --json --check is the same document", () => {
    const [fi, sv, en] = LANGUAGES.map((t) => {
      const check = tyoalue(t.lang, ["calc", STALE, "--check"]).stdout;
      return {
        check: check.split(t.cached).join("·").split(t.recalculated).join("·"),
        json: tyoalue(t.lang, ["calc", STALE, "--json", "--check"]).stdout,
      };
    });
    expect(fi).toEqual(en);
    expect(sv).toEqual(en);
    const plain = LANGUAGES.map((t) => tyoalue(t.lang, ["calc", STALE]).stdout);
    expect(plain[0]).toBe(plain[2]);
    expect(plain[1]).toBe(plain[2]);
  });
});
