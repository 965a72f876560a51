/** Issue 10, item 5: stdout is never cut, even through a pipe into another program. */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

jest.setTimeout(120000);
const dir = mkdtempSync(join(tmpdir(), "tyoalue-pipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI from source in a child process (tsx compiles it on load). */
const cliCommand = `node --import tsx ${JSON.stringify(resolve("src/cli/main.ts"))}`;

describe("stdout through a real pipe", () => {
  it("carries more than 1 MB of --json whole to another process, which parses it", async () => {
    // 60 000 formulas of the catalogue's LABOURFORCE over one number each (20 000 rows, three
    // columns): about 1.3 MB of JSON.
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Iso");
    for (let r = 1; r <= 20000; r++) {
      s.getCell(r, 1).value = r;
      for (const c of [2, 3, 4])
        s.getCell(r, c).value = {
          formula: `TYOALUE.LABOURFORCE(A${r})`,
          result: r,
        } as ExcelJS.CellValue;
    }
    const file = join(dir, "big.xlsx");
    await wb.xlsx.writeFile(file);
    const reader =
      "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);" +
      "console.log(s.length, Object.keys(j).length, j['Iso!D20000'])})";
    const result = spawnSync(
      "sh",
      ["-c", `${cliCommand} calc ${JSON.stringify(file)} --json | node -e "${reader}"`],
      { encoding: "utf8" }
    );
    expect(result.stderr).toBe("");
    const [bytes, keys, last] = result.stdout.trim().split(" ").map(Number);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(keys).toBe(60000);
    expect(last).toBe(20000); // LABOURFORCE of one municipality is its own labour force
  });
});
