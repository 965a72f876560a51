import { formAreas, formatError, suggestMembers } from "../../../src/core";
import { KYMPPI_MEMBERS } from "../../fixtures/wizard/kymppi";
import { bruteForce, numbering } from "./bruteForce";
import { linksOf } from "./generators";

// Kymppi's ten members (basic agreement 25.9.2023) with the fixture's constructed labour
// forces, which add up to the plan's published total 28 616 (see the fixture).
const names = KYMPPI_MEMBERS.map((m) => m.name);
const codes = KYMPPI_MEMBERS.map((m) => m.code);
const lf = KYMPPI_MEMBERS.map((m) => m.labourForce);

describe("FORMAREAS golden cases", () => {
  test("Kymppi at the statutory 20 000: 28 616 < 2 × 20 000, so one area of all ten", () => {
    expect(formAreas(names, lf).value).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  test("Kymppi at 14 000: two areas, the larger 14 450 (brute force over all 115 975 partitions agrees)", () => {
    // ⌊28 616 / 14 000⌋ = 2 areas at most. Found (bundled adjacency):
    // Kauhava 6 300 + Lapua 6 050 + Lappajärvi 1 150 + Evijärvi 950 = 14 450, and
    // Alavus 4 700 + Alajärvi 3 950 + Ähtäri 2 250 + Kuortane 1 500 + Vimpeli 1 200 + Soini 566 = 14 166;
    // each connected (Kauhava borders Lapua, Lappajärvi, Evijärvi; Alajärvi borders the other five).
    const expected = [1, 1, 2, 2, 2, 2, 2, 1, 1, 2];
    expect(formAreas(names, lf, 14000).value).toEqual(expected);
    expect(numbering(bruteForce(lf, linksOf(codes), 14000)!, 10)).toEqual(expected);
  });

  test("a path of four at 5 000 each, minimum 10 000: the two halves", () => {
    // Kannus–Toholampi–Lestijärvi–Perho as given pairs: no 5 000 reaches 10 000 alone and
    // ⌊20 000 / 10 000⌋ = 2; the only two connected halves of 10 000 are the ends' pairs.
    const pairs = [
      ["Kannus", "Toholampi"],
      ["Toholampi", "Lestijärvi"],
      ["Lestijärvi", "Perho"],
    ];
    const path = ["Kannus", "Toholampi", "Lestijärvi", "Perho"];
    expect(formAreas(path, [5000, 5000, 5000, 5000], 10000, pairs).value).toEqual([1, 1, 2, 2]);
  });

  test("tie-break: of two equal splits of a ring, the first area takes the earlier-listed neighbour", () => {
    // Bundled adjacency: Kokkola borders Kannus, Toholampi and Lestijärvi; Kannus–Toholampi
    // and Toholampi–Lestijärvi border; Kannus–Lestijärvi do not. At 5 000 each and minimum
    // 10 000 two areas of 10 000 either way: {Kokkola, Kannus} + {Toholampi, Lestijärvi} or
    // {Kokkola, Lestijärvi} + {Kannus, Toholampi}. Kokkola's area is equal in weight, so the
    // one holding the earliest-listed municipality where they differ wins.
    const w = [5000, 5000, 5000, 5000];
    expect(formAreas(["Kokkola", "Kannus", "Toholampi", "Lestijärvi"], w, 10000).value).toEqual([
      1, 1, 2, 2,
    ]);
    expect(formAreas(["Kokkola", "Lestijärvi", "Toholampi", "Kannus"], w, 10000).value).toEqual([
      1, 1, 2, 2,
    ]);
    // Listed Kokkola, Toholampi, Kannus, Lestijärvi: Kannus (3rd) comes before Lestijärvi (4th).
    expect(formAreas(["Kokkola", "Toholampi", "Kannus", "Lestijärvi"], w, 10000).value).toEqual([
      1, 2, 1, 2,
    ]);
  });

  test("minimum 0: every municipality is an area of its own", () => {
    expect(formAreas(["Kokkola", "Kannus", "Perho"], [0, 10, 0], 0).value).toEqual([1, 2, 3]);
  });

  test("a group below the minimum: #N/A naming it, in en, fi and sv", () => {
    // Perho borders neither Kokkola nor Kannus (bundled adjacency): alone it has 300 < 20 000.
    const r = formAreas(["Kokkola", "Kannus", "Perho"], [20000, 500, 300]);
    expect(r.error).toMatchObject({ code: "#N/A", params: { names: "Perho", value: 300 } });
    expect(formatError(r.error!, "en")).toBe(
      "no areas can be formed: the group Perho borders no other municipality of the table and has a labour force of 300, below the minimum 20,000"
    );
    expect(formatError(r.error!, "fi")).toContain("ryhmä Perho ei rajaudu muihin taulukon kuntiin");
    expect(formatError(r.error!, "sv")).toContain(
      "gruppen Perho gränsar inte till andra kommuner i tabellen"
    );
  });

  test("bad input: unknown municipality #N/A, lengths differ or a negative count #VALUE!", () => {
    expect(formAreas(["Kokkola", "Atlantis"], [1, 2]).error?.code).toBe("#N/A");
    expect(formAreas(["Kokkola", "Kannus"], [1]).error?.message).toBe("shape.lengthMismatch");
    expect(formAreas(["Kokkola", "Kannus"], [1, -2]).error?.message).toBe("count.negative");
    expect(formAreas(["Kokkola", "Kokkola"], [1, 2]).error?.message).toBe("municipality.duplicate");
  });

  test("neighbourPairs replace the bundled borders; a name outside the registry is #N/A naming its row", () => {
    // Given pairs only (local knowledge): Kannus–Kokkola, Kokkola–Perho. Kokkola alone reaches
    // 20 000, but Kannus (15 000) and Perho (6 000) touch only through Kokkola: one area of three.
    const pairs = [
      ["Kannus", "Kokkola"],
      ["Kokkola", "Perho"],
    ];
    const table = ["Kannus", "Kokkola", "Perho"];
    expect(formAreas(table, [15000, 21000, 6000], 20000, pairs).value).toEqual([1, 1, 1]);
    // Perho 6 000 + Kokkola 1 000 + Kannus 15 000 = 22 000: both are needed.
    expect(suggestMembers(["Perho"], table, [15000, 1000, 6000], 20000, pairs).value).toEqual([
      "Kannus",
      "Kokkola",
    ]);
    // functions.md: an unknown municipality in neighbourPairs is #N/A naming its row.
    const merger = formAreas(table, [15000, 21000, 6000], 20000, [["Uusi Kunta", "Kokkola"]]);
    expect(merger.error).toMatchObject({ code: "#N/A", at: { row: 1 } });
  });
});
