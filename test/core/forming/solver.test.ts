import fc from "fast-check";
import { outlook } from "../../../src/core/forming/bits";
import { solver } from "../../../src/core/forming/best";
import { linksOf, connectedCodes } from "./generators";

/**
 * The smallest largest area is found by one search whose cap falls below each answer, its
 * parts by a memoised decision ("splits into its most areas, none above cap?"). Two code
 * paths: the decision must accept the optimum and refuse one less, on inputs too large for
 * brute force (areas of several members, where the parts' first answers are not their best).
 */
describe("forming solver: optimisation and decision agree", () => {
  test("11–22 real neighbours, areas of several members", () => {
    fc.assert(
      fc.property(
        connectedCodes(11, 22),
        fc.array(fc.integer({ min: 300, max: 12000 }), { minLength: 22, maxLength: 22 }),
        fc.integer({ min: 10000, max: 30000 }),
        (codes, weights, minimum) => {
          const lf = weights.slice(0, codes.length);
          const g = {
            links: linksOf(codes).map((ns) => ns.reduce((s, n) => s | (1 << n), 0)),
            weights: lf,
            minimum,
          };
          const whole = 2 ** codes.length - 1;
          if (lf.reduce((a, b) => a + b, 0) < minimum) return;
          const { count, largest } = solver(g).best(whole);
          const fresh = solver(g);
          expect(fresh.fits(outlook(g, whole), count, largest)).toBe(true);
          expect(fresh.fits(outlook(g, whole), count, largest - 1)).toBe(false);
        }
      ),
      { numRuns: 40 }
    );
  });
});
