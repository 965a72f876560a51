/**
 * One formula, one value in the preview and the calculator: every sheet the wizard writes,
 * computed by the preview (the memory host with the engine) and downloaded as .xlsx, passes
 * `tyoalue calc --check` — the calculator recomputes each formula from the file and finds the
 * values the preview showed. Plans: the Kymppi fixture (constructed figures,
 * test/host/support/plans.ts) as a joint authority and with the agreed shares of
 * test/taskpane/support/leadInputs.ts; comparisons of test/taskpane/compare/support.ts; the
 * Form areas sheet of the Kymppi members (test/fixtures/wizard/kymppi.ts). Before, the download
 * stored TYOALUE formulas as typed and spilled cells as constants: the calculator found 16 of
 * 110 cells of the plan sheet different (#SPILL!, #VALUE!), and Excel would have too.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { COMPARE_LABELS } from "../../src/taskpane/i18n/compareLabels";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import { compareSheet } from "../../src/taskpane/sheet/compareSheet";
import type { PlanInputs } from "../../src/taskpane/sheet/PlanInputs";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { formingSheet } from "../../src/taskpane/forming/formingSheet";
import { FORMING_STRINGS } from "../../src/taskpane/forming/strings";
import { municipalityName } from "../../src/taskpane/wizard/registry";
import { KYMPPI_MEMBERS } from "../fixtures/wizard/kymppi";
import { captureCliOutput } from "../cli/support/captureCliOutput";
import { inEnglish } from "../cli/support/inEnglish";
import { kymppiPlan } from "../host/support/plans";
import { memoryHost, twoScenarios } from "../taskpane/compare/support";

jest.setTimeout(60000);
const { out, err } = captureCliOutput();
inEnglish(); // the summary line read below is the English one
const dir = mkdtempSync(join(tmpdir(), "tyoalue-download-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 22, 21, 16, 14, 8, 5.5, 4.5, 4, 3, 2 % (test/taskpane/support/leadInputs.ts)
const SHARES = [0.22, 0.21, 0.16, 0.14, 0.08, 0.055, 0.045, 0.04, 0.03, 0.02];
const lead = (fixedPart?: number): PlanInputs => ({
  ...kymppiPlan(),
  planningBudgets: [6700000, 6796300],
  costSharing:
    fixedPart === undefined
      ? { model: "percent", shares: SHARES }
      : { model: "fixedUse", shares: SHARES, fixedPart },
});

/** Writes `spec` in the preview, downloads it and runs `calc --check` on the file. */
async function checked(file: string, spec: SheetSpec): Promise<number> {
  const host = memoryHost("fi");
  const { name } = await host.writeSheet(spec);
  const path = join(dir, file);
  writeFileSync(path, await host.exportSheet(name));
  return run(["calc", "--check", path]);
}

const [a, b] = twoScenarios();
// The Kymppi members' table in the Form areas view (its labels, as useFormingSheet passes them).
const f = FORMING_STRINGS.fi;
const forming = formingSheet(
  KYMPPI_MEMBERS.map((m) => ({ code: m.code, labourForce: m.labourForce })),
  (code) => municipalityName(code, "fi"),
  20000,
  1, // 28 616 in all: one area of at least 20 000
  {
    sheetName: f.sheetName,
    title: f.sheetTitle,
    note: f.sheetNote,
    columns: [f.colMunicipality, f.colLabourForce, f.colArea],
    minimum: f.sheetMinimum,
    areaColumns: [f.colArea, f.colLabourForce, f.colMeets],
    tableName: "Muodostaminen",
  }
);
it.each([
  ["plan-joint.xlsx", planSheet(kymppiPlan(), SHEET_LABELS.fi)],
  ["plan-percent.xlsx", planSheet(lead(), SHEET_LABELS.fi)],
  ["plan-fixed-use.xlsx", planSheet(lead(0.5), SHEET_LABELS.fi)],
  ["compare-joint.xlsx", compareSheet([a, b], COMPARE_LABELS.fi)],
  ["forming.xlsx", forming],
  [
    "compare-mixed.xlsx",
    compareSheet([a, { name: "Vastuukunta", plan: lead(0.5) }], COMPARE_LABELS.fi),
  ],
])("%s: the calculator finds the values the preview showed", async (file, spec) => {
  expect(await checked(file, spec)).toBe(0);
  expect(out.join("")).toBe(""); // no difference listed
  expect(err.join("")).toMatch(/^0 of \d+ formula cells differ from recalculation\n$/);
});
