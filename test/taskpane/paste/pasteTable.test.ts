/**
 * Pasting by name: the cases the issue saw failing (a copied row poured down a column, a
 * column with its header shifted by one, unknown names dropped) and a StatFin-style table.
 * Figures are Kymppi's CONSTRUCTED per-member figures (test/fixtures/wizard/kymppi.ts);
 * codes from the bundled registry (Kauhava 233, Lapua 408, Alavus 010, Alajärvi 005).
 */
import { needsConfirmation, pasteTable } from "../../../src/taskpane/wizard/paste/pasteTable";

const MEMBERS = ["233", "408", "010", "005"];

describe("pasteTable", () => {
  it("puts one copied row across the member's six figures, not down the column", () => {
    const p = pasteTable("6 300\t8 300\t820\t290\t440\t90\r\n", MEMBERS, {
      code: "233",
      key: "labourForce",
    });
    expect(p.updates).toEqual([
      { code: "233", key: "labourForce", value: "6 300" },
      { code: "233", key: "workingAge", value: "8 300" },
      { code: "233", key: "unemployed", value: "820" },
      { code: "233", key: "clientsMulti", value: "290" },
      { code: "233", key: "clientsSkills", value: "440" },
      { code: "233", key: "clientsCoach", value: "90" },
    ]);
    expect(needsConfirmation(p)).toBe(false);
  });

  it("recognises a column's header and does not shift the values down by one", () => {
    const p = pasteTable("Työvoima\r\n6 300\r\n6 050\r\n", MEMBERS, {
      code: "233",
      key: "labourForce",
    });
    expect(p.updates).toEqual([
      { code: "233", key: "labourForce", value: "6 300" },
      { code: "408", key: "labourForce", value: "6 050" },
    ]);
  });

  it("places a column under the header's figure even when pasted into another field", () => {
    const p = pasteTable("Arbetslösa\n820\n800", MEMBERS, { code: "233", key: "labourForce" });
    expect(p.updates.map((u) => u.key)).toEqual(["unemployed", "unemployed"]);
  });

  it("matches rows by name in any column (StatFin's 'KU005 Alajärvi', '010 Alavus', Swedish names), whatever their order", () => {
    const text = "4 700\tKU005 Alajärvi\n6 050\tLappo\n3 950\t010 Alavus\n";
    const p = pasteTable(text, MEMBERS, { code: "233", key: "labourForce" });
    expect(p.byName).toBe(true);
    expect(p.updates).toEqual([
      { code: "005", key: "labourForce", value: "4 700" },
      { code: "408", key: "labourForce", value: "6 050" },
      { code: "010", key: "labourForce", value: "3 950" },
    ]);
    expect(p.matched).toBe(3);
  });

  it("lists an unknown name and asks before applying: 3 rows matched, 1 unknown (Atlantis)", () => {
    const text = "Kauhava\t6 300\nLapua\t6 050\nAtlantis\t999\nAlavus\t4 700";
    const p = pasteTable(text, MEMBERS, { code: "233", key: "labourForce" });
    expect(p.matched).toBe(3);
    expect(p.unknown).toEqual(["Atlantis"]);
    expect(needsConfirmation(p)).toBe(true);
  });

  it("does not accept a code whose name disagrees ('005 Alavus')", () => {
    const p = pasteTable("005 Alavus\t1\nKauhava\t2", MEMBERS, { code: "233", key: "labourForce" });
    expect(p.unknown).toEqual(["005 Alavus"]);
  });

  it("reads a StatFin table by its headers and offers to add the municipalities that are not members", () => {
    const text = [
      "Alue\tVuosi\tTyövoima\tTyöttömät",
      "KU233 Kauhava\t2024\t6 300\t820",
      "KU545 Närpiö\t2024\t5 000\t300",
    ].join("\r\n");
    const p = pasteTable(text, MEMBERS, { code: "233", key: "labourForce" });
    expect(p.added).toEqual(["545"]);
    expect(p.extra).toEqual(["Vuosi"]); // a column with no place is named, not dropped silently
    expect(p.updates).toEqual([
      { code: "233", key: "labourForce", value: "6 300" },
      { code: "233", key: "unemployed", value: "820" },
      { code: "545", key: "labourForce", value: "5 000" },
      { code: "545", key: "unemployed", value: "300" },
    ]);
    expect(needsConfirmation(p)).toBe(true);
  });

  it("names the values left over past the last member instead of dropping them", () => {
    const p = pasteTable("1\n2\n3\n4\n5", MEMBERS, { code: "010", key: "labourForce" });
    expect(p.updates.map((u) => u.code)).toEqual(["010", "005"]);
    expect(p.extra).toEqual(["3", "4", "5"]);
    expect(needsConfirmation(p)).toBe(true);
  });
});
