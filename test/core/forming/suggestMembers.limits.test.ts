import fc from "fast-check";
import {
  allMunicipalities,
  findMunicipality,
  formatError,
  suggestMembers,
} from "../../../src/core";
import { suggestWithin } from "../../../src/core/forming/suggestMembers";
import { connected } from "./bruteForce";
import { connectedCodes, linksOf } from "./generators";

describe("SUGGESTMEMBERS validity beyond brute force", () => {
  test("11–30 real neighbours: the members and the suggestion form one connected area at the minimum", () => {
    fc.assert(
      fc.property(
        connectedCodes(11, 30),
        fc.array(fc.integer({ min: 200, max: 15000 }), { minLength: 30, maxLength: 30 }),
        fc.uniqueArray(fc.nat({ max: 29 }), { minLength: 1, maxLength: 3 }),
        (codes, weights, picks) => {
          const lf = weights.slice(0, codes.length);
          const members = [...new Set(picks.map((p) => codes[p % codes.length]))];
          const r = suggestMembers(members, codes, lf, 20000);
          if (!r.ok) {
            expect(r.error.code).toBe("#N/A");
            return;
          }
          const added = r.value.map((n) => findMunicipality(n)!.code);
          const rows = [...members, ...added].map((c) => codes.indexOf(c));
          expect(rows.every((x) => x >= 0)).toBe(true);
          expect(connected(rows, linksOf(codes))).toBe(true);
          expect(rows.reduce((sum, x) => sum + lf[x], 0)).toBeGreaterThanOrEqual(20000);
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("SUGGESTMEMBERS search limit", () => {
  test("a search beyond its step limit is #N/A with a message, not a long wait", () => {
    // Pohjois-Pohjanmaa's 30 municipalities at 1 000 each (constructed), Oulu at 13 200:
    // twelve more are needed, which takes far more than 1 000 steps.
    const region = allMunicipalities().filter((m) => m.region === "Pohjois-Pohjanmaa");
    const r = suggestWithin(
      1000,
      ["Oulu"],
      region.map((m) => m.code),
      region.map(() => 1000),
      13200
    );
    expect(r.error).toMatchObject({ code: "#N/A", message: "forming.searchTooLarge" });
    expect(formatError(r.error!, "en")).toBe(
      "no suggestion for Oulu: more than 1,000 sets of municipalities would have to be tried; give a smaller table, such as the region's municipalities"
    );
  });
});
