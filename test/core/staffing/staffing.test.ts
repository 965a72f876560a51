import fc from "fast-check";
import { caseload, staffAllocation, staffNeeded } from "../../../src/core";
import { KOKKOLA, KYMPPI_STAFF } from "../../fixtures/core/staffing";

describe("staffing", () => {
  test("Kymppi: 3 762 job seekers at 130 per official need 29 FTE, at 170 need 23 (fixture)", () => {
    expect(staffNeeded(KYMPPI_STAFF.clients, 130).value).toBe(KYMPPI_STAFF.target130);
    expect(staffNeeded([KYMPPI_STAFF.clients], 170).value).toEqual([KYMPPI_STAFF.target170]);
  });

  test("Kokkola region: 14.2 FTE over 2 080/375/185/92 clients (hand calculation in the fixture)", () => {
    expect(staffAllocation(KOKKOLA.totalFte, [...KOKKOLA.clients]).value).toEqual(
      KOKKOLA.allocation
    );
  });

  test("exact at the boundary: 260 clients at 130 is exactly 2 FTE, 261 needs 3; 0.1 steps stay decimal", () => {
    expect(staffNeeded(260, 130).value).toBe(2);
    expect(staffNeeded(261, 130).value).toBe(3);
    // 100 / 30 = 3.333… → in 0.1 steps ceil(33.33…) = 34 steps = 3.4 (not 3.4000000000000004)
    expect(staffNeeded(100, 30, 0.1).value).toBe(3.4);
  });

  test("zero or negative targets, FTE and steps are #VALUE!, not #DIV/0!", () => {
    expect(staffNeeded(100, 0)).toMatchObject({
      ok: false,
      error: { code: "#VALUE!", arg: "caseloadTarget", message: "positive.notPositive" },
    });
    expect(caseload(100, 0)).toMatchObject({ ok: false, error: { code: "#VALUE!", arg: "fte" } });
    expect(staffAllocation(14.2, [1, 2], -0.1)).toMatchObject({
      ok: false,
      error: { arg: "step" },
    });
    expect(staffAllocation(14.25, [1, 2])).toMatchObject({
      ok: false,
      error: { arg: "totalFte", message: "steps.notWhole" },
    });
    expect(staffAllocation(14.2, [0, 0])).toMatchObject({
      ok: false,
      error: { arg: "clients", message: "weights.allZero" },
    });
    expect(staffNeeded([1, 2, 3], [130, 170])).toMatchObject({
      ok: false,
      error: { message: "shape.lengthMismatch" },
    });
    expect(staffNeeded([1, -2], 130)).toMatchObject({
      ok: false,
      error: { arg: "clients", at: { row: 2 }, message: "count.negative" },
    });
  });

  test("property: more clients never need fewer staff", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e7 }),
        fc.nat({ max: 1e4 }),
        fc.integer({ min: 1, max: 100000 }).map((t) => t / 100),
        fc.constantFrom(1, 0.5, 0.1, 0.25),
        (c, extra, target, step) => {
          expect(staffNeeded(c + extra, target, step).value!).toBeGreaterThanOrEqual(
            staffNeeded(c, target, step).value!
          );
        }
      )
    );
  });

  test("property: staff allocations add up exactly (in steps)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100000 }),
        fc.array(fc.nat({ max: 1e6 }), { minLength: 1, maxLength: 30 }),
        (tenths, clients) => {
          fc.pre(clients.some((c) => c > 0));
          const parts = staffAllocation(tenths / 10, clients).value!;
          expect(parts.reduce((s, p) => s + Math.round(p * 10), 0)).toBe(tenths);
          parts.forEach((p) => expect(p).toBe(Math.round(p * 10) / 10));
        }
      )
    );
  });
});

describe("results out of range (found by the adapters' fuzz test)", () => {
  test("a vanishing FTE or target is refused instead of returning Infinity", () => {
    expect(caseload(3762, 5e-324)).toMatchObject({
      ok: false,
      error: { code: "#VALUE!", arg: "fte", message: "result.outOfRange" },
    });
    expect(staffNeeded([2080, 375], [5e-324], 0.01)).toMatchObject({
      ok: false,
      error: { arg: "caseloadTarget", message: "result.outOfRange" },
    });
  });
});

test("a single target applied to every row is named without a row", () => {
  expect(staffNeeded([2080, 375], 5e-324).error).toEqual({
    code: "#VALUE!",
    message: "result.outOfRange",
    arg: "caseloadTarget",
    params: { value: 5e-324 },
  });
  expect(caseload([1, 2], [1, 5e-324]).error?.at).toEqual({ row: 2 });
});
