/**
 * Formula injection through the wizard's sheet: member names and codes typed by a planner
 * (PAYLOADS) go through `planSheet` into both WorkbookHost implementations and must land as
 * text: the in-memory host computed by the real engine, and the Excel host on the fake
 * Excel of the host tests (which, like Excel, turns a string starting with "=" into a
 * formula unless the cell's number format is text).
 */
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { excelWriteSheet } from "../../src/host/excelWriteSheet";
import { createMemoryHost } from "../../src/host/memoryHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import type { PlanInputs } from "../../src/taskpane/sheet/PlanInputs";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { FakeWorkbookModel, fakeContext } from "../host/support/fakeExcel";
import { kymppiPlan } from "../host/support/plans";
import { PAYLOADS } from "./support/payloads";

/** The Kymppi plan with the first members' names (and one code) replaced by the payloads. */
function injectedPlan(): PlanInputs {
  const plan = kymppiPlan();
  const members = plan.members.map((m, i) =>
    i < PAYLOADS.length ? { ...m, name: PAYLOADS[i] } : m
  );
  members[PAYLOADS.length] = { ...members[PAYLOADS.length], code: PAYLOADS[0] };
  return { ...plan, members };
}

const store = () => ({ getItem: () => null, setItem: () => undefined });

describe.each(["fi", "sv", "en"] as const)(
  "formula injection via the wizard's sheet (%s labels)",
  (lang) => {
    const spec = planSheet(injectedPlan(), SHEET_LABELS[lang]);
    const textCells = spec.cells
      .flat()
      .filter((c) => c?.kind === "text" && (PAYLOADS as readonly string[]).includes(c.text));

    it("the sheet spec carries every payload as a text cell, never as a formula cell", () => {
      expect(textCells.length).toBe(PAYLOADS.length + 1);
      const formulas = spec.cells
        .flat()
        .filter((c) => c?.kind === "formula")
        .map((c) => (c as { formula: string }).formula);
      for (const p of PAYLOADS) expect(formulas).not.toContain(p);
    });

    it("the in-memory host (engine-computed) reads each payload back as the same text", async () => {
      const host = createMemoryHost(
        engineEvaluate(() => lang),
        store()
      );
      const written = await host.writeSheet(spec);
      const values = await host.readSheet(written.name);
      // Every cell the spec gives a payload reads back as exactly that text (not "y", not 3).
      const at = spec.cells
        .flatMap((row, r) => row.map((c, col) => [c, r, col] as const))
        .filter(([c]) => textCells.includes(c));
      expect(at).toHaveLength(PAYLOADS.length + 1);
      for (const [c, r, col] of at) expect(values[r][col]).toBe((c as { text: string }).text);
    });

    it("the Excel host writes each payload as a value in a text-formatted cell, never a formula", async () => {
      const model = new FakeWorkbookModel();
      const written = await excelWriteSheet(fakeContext(model), spec);
      const cells = [...model.sheet(written.name)!.cells.values()];
      for (const p of PAYLOADS) {
        const landed = cells.filter((c) => c.value === p);
        expect(landed.length).toBeGreaterThan(0);
        for (const c of landed) expect(c).toEqual({ value: p, format: "@" });
        expect(cells.filter((c) => c.formula === p)).toEqual([]);
      }
    });
  }
);
