/**
 * The comparison sheet's highlights reach Excel: what the Excel host sends, recorded with
 * Microsoft's own request builder (support/officeRequests.ts), holds one custom conditional
 * format per highlight with the shared rule and fill; an update clears the earlier ones. The
 * request for 5 scenarios × 30 members stays under the plan sheet's 200 KB budget.
 */
import { excelUpdateSheet } from "../../src/host/excelUpdateSheet";
import { excelWriteSheet } from "../../src/host/excelWriteSheet";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { COMPARE_LABELS } from "../../src/taskpane/i18n/compareLabels";
import { compareSheet } from "../../src/taskpane/sheet/compareSheet";
import { fiveScenarios, twoScenarios } from "../taskpane/compare/support";
import { FakeWorkbookModel, fakeContext } from "./support/fakeExcel";
import { recordingContext, type Answer, type RecordedRequest } from "./support/officeRequests";

/** An empty workbook: no sheets, no tables; value types read back as []. */
const emptyWorkbook: Answer = (action, chain) => {
  if (action.ActionType !== 2) return undefined;
  return chain[chain.length - 1] === "GetRange" ? { ValueTypes: [] } : { _Items: [] };
};

type Act = RecordedRequest["actions"][number] & { ArgumentInfo?: { Arguments?: unknown[] } };

/** [path name chain, action name, arguments] of every action of `req`. */
function calls(req: RecordedRequest): [string[], string, unknown[]][] {
  const chain = (id: number): string[] => {
    const p = req.paths[id];
    return p ? [...chain(p.ParentObjectPathId ?? -1), p.Name] : [];
  };
  return (req.actions as Act[]).map((a) => [
    chain(a.ObjectPathId),
    a.Name,
    a.ArgumentInfo?.Arguments ?? [],
  ]);
}

async function written(spec: SheetSpec) {
  const { ctx, requests } = recordingContext(emptyWorkbook);
  await excelWriteSheet(ctx, spec);
  return requests;
}

describe("conditional formats in Excel (request builder)", () => {
  const spec = compareSheet(twoScenarios(), COMPARE_LABELS.fi);

  it("one custom format per highlight, on its range, with the relative rule and the fill", async () => {
    const request = (await written(spec))[1];
    const paths = Object.values(request.paths);
    const parent = (id?: number) => paths.find((p) => p.Id === id);
    // Each "Add" of a conditional-format collection: its type and the range it hangs on.
    const adds = paths
      .filter(
        (p) => p.Name === "Add" && parent(p.ParentObjectPathId)?.Name === "ConditionalFormats"
      )
      .map((p) => [
        p.ArgumentInfo?.Arguments?.[0],
        parent(parent(p.ParentObjectPathId)?.ParentObjectPathId)?.ArgumentInfo?.Arguments?.[0],
      ]);
    expect(adds).toEqual(spec.conditionalFormats!.map((cf) => ["Custom", cf.range]));
    const sent = calls(request);
    const sets = sent.filter(([path]) => path.includes("ConditionalFormats"));
    const formulas = sets.filter(([, name]) => name === "Formula").map(([, , a]) => a[0]);
    // The comparison column C against B from row 5; B's per-member columns F–H against A's
    // C–E from row 27, the first of the ten Kymppi municipalities (compareShape.test.ts).
    expect(formulas).toEqual([
      "=IFERROR(C5<>$B5,TRUE)",
      "=IFERROR(F27<>$C27,TRUE)",
      "=IFERROR(G27<>$D27,TRUE)",
      "=IFERROR(H27<>$E27,TRUE)",
    ]);
    const fills = sets.filter(([path, name]) => path.includes("Fill") && name === "Color");
    expect(fills.map(([, , a]) => a[0])).toEqual(Array(4).fill("#FFC7CE"));
  });

  it("an update clears the earlier sheet's conditional formats before adding the new ones", async () => {
    const content = (r: number, c: number) => {
      const cell = spec.cells[r]?.[c];
      if (!cell || cell.kind === "blank") return "";
      return cell.kind === "text" ? cell.text : cell.kind === "formula" ? cell.formula : cell.value;
    };
    const width = Math.max(...spec.cells.map((row) => row.length));
    const workbook: Answer = (action) => {
      if (action.ActionType !== 2) return undefined;
      const select = action.QueryInfo?.Select ?? [];
      if (select.includes("formulas"))
        return {
          Formulas: spec.cells.map((_, r) =>
            Array.from({ length: width }, (_, c) => content(r, c))
          ),
        };
      return select.includes("valueTypes") ? { ValueTypes: [] } : { _Items: [] };
    };
    const { ctx, requests } = recordingContext(workbook);
    const result = await excelUpdateSheet(ctx, COMPARE_LABELS.fi.sheetName, spec, spec);
    expect(result.ok).toBe(true);
    const names = calls(requests[1]).map(([, name]) => name);
    expect(names.filter((n) => n === "ClearAll")).toHaveLength(4);
    const firstRule = names.indexOf("Formula"); // the first new rule
    expect(names.indexOf("ClearAll")).toBeLessThan(firstRule);
  });

  it("5 scenarios × 30 members (50 municipalities in all): three round trips, under 200 KB", async () => {
    const requests = await written(compareSheet(fiveScenarios(), COMPARE_LABELS.fi));
    expect(requests).toHaveLength(3);
    const bytes = requests.reduce((a, r) => a + r.bytes, 0);
    // Measured with this recorder: 192 555 bytes in the second request (the sheet) with each
    // block's planning-year payments (187 454 before them); the ≠ markers written with one
    // IFERROR per pair of cells took 218 124, the parameters past the per-member columns
    // (T–U instead of P–Q) 197 411.
    expect(bytes).toBeLessThan(200 * 1024);
  });

  it("in the fake Excel: written with the sheet, replaced by an update's", async () => {
    const m = new FakeWorkbookModel();
    const { name } = await excelWriteSheet(fakeContext(m), spec);
    const rules = () => m.sheet(name)!.conditionalFormats.map((f) => [f.range, f.formula]);
    expect(rules()).toEqual(spec.conditionalFormats!.map((cf) => [cf.range, expect.any(String)]));
    const three = compareSheet([...twoScenarios(), twoScenarios()[1]], COMPARE_LABELS.fi);
    expect((await excelUpdateSheet(fakeContext(m), name, spec, three)).ok).toBe(true);
    // 1 comparison column + 2 scenarios × 3 per-member columns against the first's.
    expect(rules()).toHaveLength(7);
    expect(rules().map(([range]) => range)).toEqual(
      three.conditionalFormats!.map((cf) => cf.range)
    );
  });
});
