/**
 * Forming areas in the pane: candidates, the suggestion, the pasted table, the view's state
 * and its sheet. Labour force figures are Kymppi's CONSTRUCTED per-member figures
 * (test/fixtures/wizard/kymppi.ts); adjacency is the bundled 2025 border data.
 */
import { findMunicipality } from "../../../src/core";
import { candidateCodes } from "../../../src/taskpane/forming/candidates";
import { formingSheet } from "../../../src/taskpane/forming/formingSheet";
import * as state from "../../../src/taskpane/forming/formingState";
import { propose } from "../../../src/taskpane/forming/proposal";
import { readRegionTable } from "../../../src/taskpane/forming/regionTable";
import { suggestion } from "../../../src/taskpane/forming/suggestion";
import { KYMPPI_MEMBERS } from "../../fixtures/wizard/kymppi";

const LF = new Map(KYMPPI_MEMBERS.map((m) => [m.code, m.labourForce]));
const code = (fi: string) => findMunicipality(fi)!.code;
const SHORT = ["Alajärvi", "Evijärvi", "Kauhava", "Lapua"].map(code); // 3 950 + 950 + 6 300 + 6 050 = 17 250
const members = SHORT.map((c) => ({ code: c, labourForce: LF.get(c)! }));

describe("candidateCodes", () => {
  it("holds the members' neighbours and theirs, never a member", () => {
    const c = candidateCodes(SHORT);
    expect(c).toContain(code("Vimpeli")); // borders Alajärvi
    expect(c).toContain(code("Alavus")); // within two borders of the members in the bundled adjacency
    for (const m of SHORT) expect(c).not.toContain(m);
  });
});

describe("suggestion", () => {
  it("asks for figures when no candidate has one, naming them", () => {
    const c = candidateCodes(SHORT);
    const s = suggestion(members, new Map(c.map((x) => [x, undefined])), 20000, "en");
    expect(s.kind).toBe("ask");
    expect(s.kind === "ask" && s.missing).toEqual(c);
  });

  it("suggests the fewest additions from the figures given, with their figures", () => {
    const c = candidateCodes(SHORT);
    const s = suggestion(members, new Map(c.map((x) => [x, LF.get(x)])), 20000, "en");
    // 20 000 − 17 250 = 2 750 short: Alavus (4 700) alone is enough; one addition is fewest.
    expect(s).toMatchObject({ kind: "add", add: [{ code: code("Alavus"), labourForce: 4700 }] });
    expect(s.kind === "add" && s.added).toBe(4700);
  });

  it("needs several when each is small: Kuortane, Lappajärvi and Vimpeli", () => {
    const given = new Map(
      [code("Kuortane"), code("Lappajärvi"), code("Vimpeli")].map((x) => [x, LF.get(x)])
    );
    const s = suggestion(members, given, 20000, "en");
    // No pair reaches 2 750 (1 500 + 1 200 = 2 700 is the largest); all three add 3 850.
    expect(s.kind === "add" && s.add.map((m) => m.code).sort()).toEqual(["300", "403", "934"]);
    expect(s.kind === "add" && s.added).toBe(3850);
  });
});

describe("suggestion when nothing helps", () => {
  it("gives the kernel's reason in words when every candidate has a figure and none is enough", () => {
    const c = candidateCodes(SHORT);
    // Every candidate at 1 person: 17 250 + 34 × 1 is far below 1 000 000.
    const s = suggestion(members, new Map(c.map((x) => [x, 1])), 1_000_000, "en");
    expect(s.kind).toBe("none");
    expect(s.kind === "none" && s.reason).toMatch(/Alajärvi.*1,000,000/);
  });
});

describe("readRegionTable", () => {
  it("reads names and figures, skips the header, lists what it cannot read", () => {
    const r = readRegionTable(
      "Kunta\tTyövoima\nLapua\t6 050\nAtlantis\t5\nKU005 Alajärvi\t3950\n",
      "fi"
    );
    expect(r.rows).toEqual([
      { code: "408", labourForce: 6050 },
      { code: "005", labourForce: 3950 },
    ]);
    expect(r.skipped).toEqual(["Atlantis 5"]);
  });
});

describe("the view's state and proposal", () => {
  const table = KYMPPI_MEMBERS.map((m) => `${m.name}\t${m.labourForce}`).join("\n");

  it("forms Kymppi's ten into two areas at 10 000, each connected and at the minimum", () => {
    const s = state.pasteTable(state.initialState, table, "fi");
    const { rows, missing } = state.tableOf(s, "fi");
    expect(missing).toEqual([]);
    const p = propose(rows, 10000, "fi");
    // 28 616 in total: at most two areas of 10 000; the kernel's partition 14 450 + 14 166.
    expect(p.ok && p.areas.map((a) => a.labourForce)).toEqual([14450, 14166]);
    expect(p.ok && p.areas.every((a) => a.meets)).toBe(true);
  });

  it("names the group when it is below the minimum", () => {
    const s = state.pasteTable(state.initialState, table, "en");
    const p = propose(state.tableOf(s, "en").rows, 30000, "en");
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toMatch(/Lapua.*28,616.*30,000/); // 28 616 < 30 000
  });

  it("a region lists its municipalities without figures, then takes a paste", () => {
    let s = state.chooseRegion(state.initialState, "Etelä-Pohjanmaa");
    expect(state.tableOf(s, "fi").rows).toEqual([]); // nothing invented
    s = state.pasteTable(s, "Lapua\t6050\nKokkola\t20000", "fi");
    expect(s.entries.find((e) => e.code === "408")?.text).toBe("6050");
    expect(s.skipped).toEqual(["Kokkola"]); // Keski-Pohjanmaa, not in the region
    // Named in the pane's language: Kokkola is Karleby in Swedish (the registry's names).
    const sv = state.pasteTable(
      state.chooseRegion(state.initialState, "Etelä-Pohjanmaa"),
      "Kokkola\t20000",
      "sv"
    );
    expect(sv.skipped).toEqual(["Karleby"]);
  });

  it("writes one FORMAREAS formula over the table, spilling down column C", () => {
    const rows = [
      { code: "408", labourForce: 6050 },
      { code: "005", labourForce: 3950 },
    ];
    const labels = {
      sheetName: "S",
      title: "T",
      note: "N",
      columns: ["a", "b", "c"] as const,
      minimum: "m",
      areaColumns: ["x", "y", "z"] as const,
      tableName: "Tbl",
    };
    const spec = formingSheet(rows, (c) => c, 20000, 1, labels);
    expect(spec.cells[4][2]).toMatchObject({
      kind: "formula",
      formula: "=TYOALUE.FORMAREAS($A$5:$A$6,$B$5:$B$6,$F$4)",
    });
    expect(spec.cells[5][2]).toMatchObject({ kind: "blank" });
    expect(spec.cells[4][8]).toMatchObject({ formula: "=SUMIF($C$5:$C$6,H5,$B$5:$B$6)" });
  });
});
