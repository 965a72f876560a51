import ExcelJS from "exceljs";
import * as core from "../../src/core";

// A workbook using every catalogue function, written by exceljs, and the values the core
// itself computes for each formula (the CLI must agree with the core, not with numbers
// typed into the test).

const v = <T>(r: core.Result<T>): T => {
  if (!r.ok) throw new Error(`core refused: ${r.error.message}`);
  return r.value;
};
const col = <T>(xs: T[]) => xs.map((x) => [x]);

export const DATA: (string | number | null)[][] = [
  [12000, 2080, 1000, 100, 600000, "Kokkola", 1000, 100, 10, 0.45, 0.45, 0.1],
  [9500, 375, 3000, 100, 400000, "Kannus", 3000, 100, 30],
  [7116, 185],
  [null, 92],
];

/** One formula per column of sheet "Calc", row 1, with the core's value for it. */
export const FORMULAS: { id: string; formula: string; expected: unknown }[] = [
  {
    id: "LABOURFORCE",
    formula: "LABOURFORCE(Data!A1:A3)",
    expected: v(core.labourForce([12000, 9500, 7116])),
  },
  {
    id: "MEETSMINIMUM",
    formula: "MEETSMINIMUM(Data!A1:A3)",
    expected: v(core.meetsMinimum([12000, 9500, 7116])),
  },
  {
    id: "SHORTFALL",
    formula: "SHORTFALL(Data!A1:A3,30000)",
    expected: v(core.shortfall([12000, 9500, 7116], 30000)),
  },
  {
    id: "YEARSABOVEMINIMUM",
    formula: "YEARSABOVEMINIMUM(28616,-0.014)",
    expected: v(core.yearsAboveMinimum([28616], -0.014)),
  },
  {
    id: "PROJECTLABOURFORCE",
    formula: "PROJECTLABOURFORCE(Data!A1:A3,-0.014,3)",
    expected: col(v(core.projectLabourForce([28616], -0.014, 3))),
  },
  {
    id: "CONTIGUOUS",
    formula: "CONTIGUOUS(Data!F1:F2)",
    expected: v(core.contiguous(["Kokkola", "Kannus"])),
  },
  { id: "NEIGHBOURS", formula: 'NEIGHBOURS("Perho")', expected: col(v(core.neighbours("Perho"))) },
  { id: "MUNICIPALITY", formula: 'MUNICIPALITY(5,"sv")', expected: v(core.municipality(5, "sv")) },
  {
    id: "SUBSIDYSHARES",
    formula: "SUBSIDYSHARES(Data!C1:C2,Data!D1:D2)",
    expected: col(v(core.subsidyShares([1000, 3000], [100, 100]))),
  },
  {
    id: "SUBSIDYALLOCATION",
    formula: "SUBSIDYALLOCATION(10000000,Data!C1:C2,Data!D1:D2)",
    expected: col(v(core.subsidyAllocation(10000000, [1000, 3000], [100, 100]))),
  },
  {
    id: "ALLOCATE",
    formula: "ALLOCATE(1000,Data!G1:I2,Data!J1:L1)",
    expected: col(
      v(
        core.allocate(
          1000,
          [
            [1000, 100, 10],
            [3000, 100, 30],
          ],
          [0.45, 0.45, 0.1]
        )
      )
    ),
  },
  {
    id: "PAYMENTCAP",
    formula: "PAYMENTCAP(Data!E1:E2)",
    expected: v(core.paymentCap([600000, 400000])),
  },
  {
    id: "MEMBERPAYMENTS",
    formula: "MEMBERPAYMENTS(900000,Data!E1:E2)",
    expected: col(v(core.memberPayments(900000, [600000, 400000]))),
  },
  {
    id: "CAPHEADROOM",
    formula: "CAPHEADROOM(900000,Data!E1:E2)",
    expected: v(core.capHeadroom(900000, [600000, 400000])),
  },
  {
    id: "STAFFNEEDED",
    formula: "STAFFNEEDED(Data!B1:B2,170)",
    expected: col(v(core.staffNeeded([2080, 375], 170))),
  },
  { id: "CASELOAD", formula: "CASELOAD(3762,30)", expected: v(core.caseload(3762, 30)) },
  {
    id: "STAFFALLOCATION",
    formula: "STAFFALLOCATION(14.2,Data!B1:B4)",
    expected: col(v(core.staffAllocation(14.2, [2080, 375, 185, 92]))),
  },
  { id: "BENEFITSHARE", formula: "BENEFITSHARE(150)", expected: v(core.benefitShare(150)) },
  { id: "BENEFITCOST", formula: "BENEFITCOST(100,20)", expected: v(core.benefitCost(100, 20)) },
  {
    id: "BENEFITBANDS",
    formula: "BENEFITBANDS(2025)",
    expected: v(core.benefitBands(2025)).map((r) => r.map((x) => x ?? "")),
  },
];

const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * Writes the fixture workbook. `form` chooses how the add-in functions are written:
 * "dotted" (TYOALUE.X, as people and exceljs write) or "udf" (_xldudf_TYOALUE_X, as Excel
 * saves). Cached results are the expected values (spills as legacy array formulas) unless
 * `cached` overrides the result of one formula.
 */
export async function writeFixture(
  path: string,
  form: "dotted" | "udf",
  cached?: { id: string; value: unknown }
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  DATA.forEach((row, r) =>
    row.forEach((x, c) => x !== null && (data.getCell(r + 1, c + 1).value = x))
  );
  const calc = wb.addWorksheet("Calc");
  FORMULAS.forEach((f, i) => {
    const formula = form === "dotted" ? `TYOALUE.${f.formula}` : `_xldudf_TYOALUE_${f.formula}`;
    const value = cached?.id === f.id ? cached.value : f.expected;
    const cell = calc.getCell(1, i + 1);
    if (Array.isArray(value)) {
      const rows = value as unknown[][];
      const ref = `${letter(i)}1:${letter(i + rows[0].length - 1)}${rows.length}`;
      cell.value = { formula, result: rows[0][0], shareType: "array", ref } as ExcelJS.CellValue;
      rows.forEach((row, r) =>
        row.forEach(
          (x, c) =>
            (r > 0 || c > 0) && (calc.getCell(r + 1, i + 1 + c).value = x as ExcelJS.CellValue)
        )
      );
    } else {
      cell.value = { formula, result: value } as ExcelJS.CellValue;
    }
  });
  await wb.xlsx.writeFile(path);
}

/** The JSON `calc --json` must print for the fixture. */
export function expectedJson(): Record<string, unknown> {
  return Object.fromEntries(FORMULAS.map((f, i) => [`Calc!${letter(i)}1`, f.expected]));
}
