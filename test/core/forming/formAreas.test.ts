import fc from "fast-check";
import { formAreas } from "../../../src/core";
import { bruteForce, connected, numbering } from "./bruteForce";
import { connectedCodes, linksOf } from "./generators";

/** Every municipality in one area, numbered 1, 2, … by first appearance, each connected and ≥ minimum. */
function expectValid(
  codes: readonly string[],
  lf: readonly number[],
  minimum: number,
  areas: readonly number[]
) {
  const links = linksOf(codes);
  expect(areas).toHaveLength(codes.length);
  let next = 1;
  for (const a of areas)
    if (a === next) next++;
    else expect(a).toBeLessThan(next);
  for (let a = 1; a < next; a++) {
    const rows = areas.flatMap((x, r) => (x === a ? [r] : []));
    expect(connected(rows, links)).toBe(true);
    expect(rows.reduce((s, r) => s + lf[r], 0)).toBeGreaterThanOrEqual(minimum);
  }
}

describe("FORMAREAS against brute force", () => {
  test("random connected sets of up to 10 real neighbours: the same answer as trying every partition", () => {
    fc.assert(
      fc.property(
        connectedCodes(1, 10),
        fc.array(fc.integer({ min: 0, max: 12000 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 30000 }),
        (codes, weights, minimum) => {
          const lf = weights.slice(0, codes.length);
          const best = bruteForce(lf, linksOf(codes), minimum);
          const r = formAreas(codes, lf, minimum);
          if (!best) {
            expect(r.error).toMatchObject({ code: "#N/A", message: "forming.groupTooSmall" });
            return;
          }
          expect(r.value).toEqual(numbering(best, codes.length));
          expectValid(codes, lf, minimum, r.value!);
        }
      ),
      { numRuns: 100 }
    );
  });

  test("areas of several members (small labour forces, high minimum): the same answer", () => {
    fc.assert(
      fc.property(
        connectedCodes(6, 10),
        fc.array(fc.integer({ min: 300, max: 8000 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 8000, max: 20000 }),
        (codes, weights, minimum) => {
          const lf = weights.slice(0, codes.length);
          const best = bruteForce(lf, linksOf(codes), minimum);
          const r = formAreas(codes, lf, minimum);
          if (best) expect(r.value).toEqual(numbering(best, codes.length));
          else expect(r.error?.code).toBe("#N/A");
        }
      ),
      { numRuns: 60 }
    );
  });

  test("ties (equal labour forces): still the documented first partition", () => {
    fc.assert(
      fc.property(connectedCodes(4, 9), fc.integer({ min: 1, max: 4 }), (codes, k) => {
        const lf = codes.map(() => 1000);
        const best = bruteForce(lf, linksOf(codes), k * 1000)!;
        expect(formAreas(codes, lf, k * 1000).value).toEqual(numbering(best, codes.length));
      }),
      { numRuns: 60 }
    );
  });
});

describe("FORMAREAS validity beyond brute force", () => {
  test("11–30 municipalities (exact search) and 31–60 (greedy): every answer is a valid partition", () => {
    fc.assert(
      fc.property(
        fc.oneof(connectedCodes(11, 30), connectedCodes(31, 60)),
        fc.array(fc.integer({ min: 200, max: 40000 }), { minLength: 60, maxLength: 60 }),
        (codes, weights) => {
          const lf = weights.slice(0, codes.length);
          const total = lf.reduce((s, x) => s + x, 0);
          const r = formAreas(codes, lf, 20000);
          if (total < 20000) expect(r.error?.code).toBe("#N/A");
          else expectValid(codes, lf, 20000, r.value!);
        }
      ),
      { numRuns: 25 }
    );
  });
});
