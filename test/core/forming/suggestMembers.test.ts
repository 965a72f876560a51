import fc from "fast-check";
import { findMunicipality, formatError, suggestMembers } from "../../../src/core";
import { KYMPPI_MEMBERS } from "../../fixtures/wizard/kymppi";
import { connected } from "./bruteForce";
import { connectedCodes, linksOf } from "./generators";

/** Every subset of the non-members, the best by: fewest, least labour force, earliest differing row. */
function bruteForce(
  members: readonly number[],
  lf: readonly number[],
  links: number[][],
  minimum: number
) {
  const others = lf.map((_, r) => r).filter((r) => !members.includes(r));
  let best: number[] | undefined;
  const weight = (rows: number[]) => rows.reduce((s, r) => s + lf[r], 0);
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const add = others.filter((_, i) => mask & (1 << i));
    const all = [...members, ...add];
    if (weight(all) < minimum || !connected(all, links)) continue;
    const differ = others.filter((r) => add.includes(r) !== best?.includes(r));
    if (
      !best ||
      add.length < best.length ||
      (add.length === best.length &&
        (weight(add) < weight(best) || (weight(add) === weight(best) && add.includes(differ[0]))))
    )
      best = add;
  }
  return best;
}

const fiNames = (codes: readonly string[]) =>
  codes.map((c) => findMunicipality(c)!.fi).sort(new Intl.Collator("fi").compare);

describe("SUGGESTMEMBERS against brute force", () => {
  test("random connected sets of up to 10 real neighbours and random members: the same suggestion", () => {
    fc.assert(
      fc.property(
        connectedCodes(1, 10),
        fc.array(fc.integer({ min: 0, max: 12000 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 40000 }),
        fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 4 }),
        (codes, weights, minimum, picks) => {
          const lf = weights.slice(0, codes.length);
          const members = [...new Set(picks.map((p) => p % codes.length))];
          const best = bruteForce(members, lf, linksOf(codes), minimum);
          const r = suggestMembers(
            members.map((m) => codes[m]),
            codes,
            lf,
            minimum
          );
          if (!best) expect(r.error?.code).toBe("#N/A");
          else expect(r.value).toEqual(fiNames(best.map((b) => codes[b])));
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("SUGGESTMEMBERS golden cases", () => {
  // Kymppi's members with the fixture's constructed labour forces (sum 28 616, see the fixture).
  const names = KYMPPI_MEMBERS.map((m) => m.name);
  const lf = KYMPPI_MEMBERS.map((m) => m.labourForce);

  test("members that already qualify: nothing to add", () => {
    expect(suggestMembers(names, names, lf).value).toEqual([]);
  });

  test("Kauhava + Lapua at 14 000: only Alajärvi closes the gap alone", () => {
    // 6 300 + 6 050 = 12 350. Neighbours: Evijärvi 950, Lappajärvi 1 150, Kuortane 1 500,
    // Alajärvi 3 950; only + 3 950 reaches 14 000 (16 300).
    expect(suggestMembers(["Kauhava", "Lapua"], names, lf, 14000).value).toEqual(["Alajärvi"]);
  });

  test("Kokkola short by 500: the lighter of two neighbours that close it", () => {
    // 19 500: Kannus 900 and Toholampi 1 500 both reach 20 000; Kannus adds less.
    const r = suggestMembers(["Kokkola"], ["Kokkola", "Toholampi", "Kannus"], [19500, 1500, 900]);
    expect(r.value).toEqual(["Kannus"]);
  });

  test("#N/A: member not in the table, members not connectable, group too small (en, fi, sv)", () => {
    expect(suggestMembers(["Perho"], ["Kokkola"], [20000]).error?.message).toBe(
      "forming.memberNotInTable"
    );
    const apart = suggestMembers(["Kannus", "Perho"], ["Kannus", "Perho"], [100, 100]);
    expect(apart.error?.message).toBe("forming.notConnectable");
    // Soini 566 + its connected table Ähtäri 2 250 = 2 816 < 20 000.
    const small = suggestMembers(["Soini"], ["Soini", "Ähtäri"], [566, 2250]);
    expect(formatError(small.error!, "en")).toBe(
      "Soini: only 2,816 even with every municipality of the table that connects to them (1 more); the minimum is 20,000"
    );
    expect(formatError(small.error!, "fi")).toContain("Soini: työvoimaa on vain 2");
    expect(formatError(small.error!, "sv")).toContain("Soini: arbetskraften är bara 2");
  });
});
