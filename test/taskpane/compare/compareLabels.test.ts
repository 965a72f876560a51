/** The comparison sheet's texts: every one present and translated in fi, sv and en. */
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { SHEET_LABELS } from "../../../src/taskpane/i18n/sheetLabels";
import { compareSheet } from "../../../src/taskpane/sheet/compareSheet";
import type { CompareLabels } from "../../../src/taskpane/sheet/CompareLabels";
import { memoryHost, twoScenarios } from "./support";

/** The comparison's own texts (the plan sheet's are checked with the plan sheet). */
const own = (l: CompareLabels): string[] =>
  Object.entries(l)
    .filter(([k]) => k !== "plan")
    .flatMap(([, v]) => (typeof v === "string" ? [v] : Object.values(v)));

describe("COMPARE_LABELS", () => {
  it("has the same texts in each language, none empty, each translated", () => {
    const [fi, sv, en] = (["fi", "sv", "en"] as const).map((l) => own(COMPARE_LABELS[l]));
    expect([sv.length, en.length]).toEqual([fi.length, fi.length]);
    for (const list of [fi, sv, en]) expect(list.filter((t) => t.trim() === "")).toEqual([]);
    // "Scenario" is the same word in Swedish and English.
    const same = fi.filter(
      (t, i) => t === sv[i] || t === en[i] || (sv[i] === en[i] && sv[i] !== "Scenario")
    );
    expect(same).toEqual([]);
  });

  it("uses the plan sheet's texts of its language for the shared figures", () => {
    for (const l of ["fi", "sv", "en"] as const)
      expect(COMPARE_LABELS[l].plan).toBe(SHEET_LABELS[l]);
  });

  it("sheet names Excel accepts: at most 31 characters, none of : \\ / ? * [ ]", () => {
    for (const l of ["fi", "sv", "en"] as const)
      expect(COMPARE_LABELS[l].sheetName).toMatch(/^[^:\\/?*[\]]{1,31}$/);
  });
});

describe("compareSheet with a scenario without members", () => {
  it("is written; only that scenario's formulas are errors, the other's figures stand", async () => {
    const [a, b] = twoScenarios();
    const empty = { ...b, plan: { ...b.plan, members: [] } };
    const host = memoryHost("en");
    const written = await host.writeSheet(compareSheet([a, empty], COMPARE_LABELS.en));
    const v = await host.readSheet(written.name);
    expect(v[5][1]).toBe(28616); // B6: A's labour force (Kymppi fixture)
    expect(v[4][2]).toBe(0); // C5: no members
    expect(written.errorCells).toContain("C6");
    expect(written.errorCells).not.toContain("B6");
  }, 60000);
});
