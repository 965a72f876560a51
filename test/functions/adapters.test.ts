import * as core from "../../src/core";
import { adapters as a } from "../../src/functions/adapters";
import { REAL_AREAS } from "../fixtures/core/area";

// Every function through its adapter with Excel-shaped arguments (ranges as rows of cells,
// omitted optionals as null), compared with the core's own result, plus golden figures
// with their sources.
const v = <T>(r: core.Result<T>): T => {
  if (!r.ok) throw new Error(`core refused: ${r.error.message}`);
  return r.value;
};
const col = <T>(xs: T[]) => xs.map((x) => [x]);
const members = [[12000], [9500], [7116]]; // hand sum 28 616 = Kymppi's labour force (domain.md)

describe("employment area", () => {
  it("LABOURFORCE, MEETSMINIMUM, SHORTFALL with null optionals", () => {
    expect(v(a.LABOURFORCE(members))).toBe(28616);
    expect(v(a.MEETSMINIMUM(members, null))).toBe(v(core.meetsMinimum([12000, 9500, 7116])));
    expect(v(a.SHORTFALL([[18500]], null))).toBe(1500); // 20 000 − 18 500 by hand
    expect(v(a.SHORTFALL(members, 30000))).toBe(v(core.shortfall([28616], 30000)));
  });
  it("YEARSABOVEMINIMUM: Kymppi plan, 28 616 at −1.4 % a year stays ≥ 20 000 for 25 years (functions.md)", () => {
    expect(v(a.YEARSABOVEMINIMUM(28616, -0.014, null, null))).toBe(25);
    expect(v(a.YEARSABOVEMINIMUM(members, -0.014, null, 10))).toBe(
      v(core.yearsAboveMinimum([28616], -0.014, null, 10))
    );
  });
  it("YEARSABOVEMINIMUM is #N/A when already below", () => {
    expect(a.YEARSABOVEMINIMUM(19000, -0.01, null, null)).toMatchObject({
      ok: false,
      error: { code: "#N/A" },
    });
  });
  it("PROJECTLABOURFORCE spills a column of years+1 values", () => {
    expect(v(a.PROJECTLABOURFORCE(members, -0.014, 5))).toEqual(
      col(v(core.projectLabourForce([28616], -0.014, 5)))
    );
    expect(v(a.PROJECTLABOURFORCE(members, -0.014, [[2]]))).toHaveLength(3);
  });
});

describe("registry", () => {
  // A real 2025 area (assets/data/README.md), from the core's source-named fixture.
  const keskiPohjanmaa = [...REAL_AREAS.keskiPohjanmaa];
  it("CONTIGUOUS: Keski-Pohjanmaa is connected (assets/data/README.md spot check), as a column or a row", () => {
    expect(v(a.CONTIGUOUS(col(keskiPohjanmaa), null))).toBe(true);
    expect(v(a.CONTIGUOUS([keskiPohjanmaa], null))).toBe(true);
    expect(v(a.CONTIGUOUS([["Kokkola"], ["Helsinki"]], null))).toBe(
      v(core.contiguous(["Kokkola", "Helsinki"]))
    );
  });
  it("CONTIGUOUS with user neighbour pairs replacing the bundled adjacency", () => {
    expect(v(a.CONTIGUOUS([["Kokkola"], ["Helsinki"]], [["Kokkola", "Helsinki"]]))).toBe(true);
  });
  it("NEIGHBOURS spills a column; MUNICIPALITY defaults to the Finnish name", () => {
    expect(v(a.NEIGHBOURS("Perho"))).toEqual(col(v(core.neighbours("Perho"))));
    expect(v(a.MUNICIPALITY(5, null))).toEqual([[v(core.municipality(5))]]);
    expect(v(a.MUNICIPALITY("005", "sv"))).toEqual([[v(core.municipality("005", "sv"))]]);
  });
  it("an unknown municipality is #N/A", () => {
    expect(a.MUNICIPALITY("Atlantis", null)).toMatchObject({ ok: false, error: { code: "#N/A" } });
  });
});

describe("state subsidy", () => {
  const working = [[1000], [3000]];
  const unemployed = [[100], [100]];
  it("SUBSIDYSHARES spills in the input's orientation; 0.5·1/4 + 0.5·1/2 = 0.375 by hand", () => {
    const shares = v(a.SUBSIDYSHARES(working, unemployed, null)) as number[][];
    expect(shares).toEqual(col(v(core.subsidyShares([1000, 3000], [100, 100]))));
    expect(shares[0][0]).toBeCloseTo(0.375, 12);
    expect(v(a.SUBSIDYSHARES([[1000, 3000]], [[100, 100]], null))).toEqual([
      v(core.subsidyShares([1000, 3000], [100, 100])),
    ]);
  });
  it("SUBSIDYALLOCATION in cents adding up exactly", () => {
    const parts = v(a.SUBSIDYALLOCATION(10000000, working, unemployed, 0.6)) as number[][];
    expect(parts).toEqual(col(v(core.subsidyAllocation(10000000, [1000, 3000], [100, 100], 0.6))));
    expect(core.toCents(parts[0][0]) + core.toCents(parts[1][0])).toBe(1000000000);
  });
  it("ALLOCATE with an n×k criteria block and a row of weights gives one part per row", () => {
    const criteria = [
      [1000, 100, 10],
      [3000, 100, 30],
    ];
    expect(v(a.ALLOCATE(1000, criteria, [[0.45, 0.45, 0.1]], null))).toEqual(
      col(v(core.allocate(1000, criteria, [0.45, 0.45, 0.1])))
    );
  });
  it("refuses lists of different lengths", () => {
    expect(a.SUBSIDYSHARES(working, [[1], [2], [3]], null)).toMatchObject({
      ok: false,
      error: { code: "#VALUE!" },
    });
  });
});

describe("joint authority", () => {
  const subsidies = [[600000], [400000]];
  it("PAYMENTCAP: 95 % of 1 000 000 € = 950 000 € (hand calculation)", () => {
    expect(v(a.PAYMENTCAP(subsidies, null))).toEqual([[950000]]);
  });
  it("MEMBERPAYMENTS pro rata, CAPHEADROOM cap − budget", () => {
    expect(v(a.MEMBERPAYMENTS(900000, subsidies, null))).toEqual([[540000], [360000]]); // 0.6 and 0.4 of 900 000
    expect(v(a.CAPHEADROOM(900000, subsidies, null))).toEqual([[50000]]);
    expect(v(a.MEMBERPAYMENTS(900000, [[600000, 400000]], 0.95))).toEqual([
      v(core.memberPayments(900000, [600000, 400000])),
    ]);
  });
  it("a budget over the cap is #VALUE!, not a number", () => {
    expect(a.MEMBERPAYMENTS(960000, subsidies, null)).toMatchObject({
      ok: false,
      error: { code: "#VALUE!", message: "cap.exceeded" },
    });
  });
});

describe("staffing", () => {
  it("STAFFNEEDED: 3 762 job seekers at 130 per official need 29 FTE (functions.md, Kymppi)", () => {
    expect(v(a.STAFFNEEDED(3762, 130, null))).toEqual([[29]]);
  });
  it("STAFFNEEDED elementwise over service lines", () => {
    expect(v(a.STAFFNEEDED([[1700], [1300]], [[170], [130]], null))).toEqual(
      col(v(core.staffNeeded([1700, 1300], [170, 130])))
    );
  });
  it("CASELOAD and a zero FTE refused as #VALUE!", () => {
    expect(v(a.CASELOAD(3762, 30))).toBe(v(core.caseload(3762, 30)));
    expect(a.CASELOAD(3762, 0)).toMatchObject({ ok: false, error: { code: "#VALUE!" } });
  });
  it("STAFFALLOCATION: Kokkola region, 14.2 FTE over 2 080/375/185/92 clients", () => {
    // Hand check in tenths: quotas 142·n/2732 = 108.11, 19.49, 9.62, 4.78; floors sum 140;
    // the 2 tenths left go to the largest remainders (Perho .78, Kannus .62): 10.8, 1.9, 1.0, 0.5.
    expect(v(a.STAFFALLOCATION(14.2, [[2080], [375], [185], [92]], null))).toEqual([
      [10.8],
      [1.9],
      [1],
      [0.5],
    ]);
  });
});

describe("unemployment benefits", () => {
  it("BENEFITCOST: 20 days beyond day 100 at 37.21 € cost 74.42 € (Kela's billing)", () => {
    expect(v(a.BENEFITCOST(100, 20, null, null, null))).toBe(74.42);
  });
  it("BENEFITSHARE and BENEFITBANDS (open end as an empty cell)", () => {
    expect(v(a.BENEFITSHARE(150, null, null))).toBe(v(core.benefitShare(150)));
    const bands = v(a.BENEFITBANDS(null)) as (number | string)[][];
    expect(bands).toEqual(v(core.benefitBands()).map((r) => r.map((x) => x ?? "")));
    expect(bands[bands.length - 1][1]).toBe("");
  });
  it("a user band table with a blank end replaces the built-in one", () => {
    const table = [
      [1, 100, 0],
      [101, null, 0.5],
    ];
    expect(v(a.BENEFITSHARE(150, null, table))).toBe(0.5);
    expect(v(a.BENEFITCOST(100, 2, 10, null, table))).toBe(10); // 2 days × 10 € × 50 %
  });
});

describe("bad Excel arguments come back as errors naming the argument and position, never numbers", () => {
  it.each([
    [
      "LABOURFORCE blank in row 2",
      () => a.LABOURFORCE([[1], [null], [3]]),
      { message: "cell.blank", arg: "labourForce", at: { row: 2 } },
    ],
    [
      "SUBSIDYSHARES text in unemployed",
      () => a.SUBSIDYSHARES([[1], [2]], [[1], ["x"]], null),
      { message: "cell.text", arg: "unemployed", at: { row: 2 } },
    ],
    [
      "SUBSIDYSHARES a 2×2 block",
      () =>
        a.SUBSIDYSHARES(
          [
            [1, 2],
            [3, 4],
          ],
          [[1], [2]],
          null
        ),
      { message: "shape.notLine", arg: "workingAge" },
    ],
    [
      "MEMBERPAYMENTS boolean capRatio",
      () => a.MEMBERPAYMENTS(1, [[1]], true),
      { message: "cell.boolean", arg: "capRatio" },
    ],
    [
      "PAYMENTCAP 95 instead of 0.95",
      () => a.PAYMENTCAP([[1]], 95),
      { message: "ratio.aboveOne", arg: "capRatio" },
    ],
    [
      "STAFFALLOCATION an error value in clients",
      () => a.STAFFALLOCATION(1, [[1], [{ code: "#N/A" }]], null),
      { message: "cell.error", arg: "clients", at: { row: 2 } },
    ],
    [
      "ALLOCATE text in criteria row 2 column 3",
      () =>
        a.ALLOCATE(
          10,
          [
            [1, 1, 1],
            [1, 1, "7"],
          ],
          [[0.5, 0.25, 0.25]],
          null
        ),
      { message: "cell.numberAsText", arg: "criteria", at: { row: 2, col: 3 } },
    ],
    [
      "BENEFITCOST number typed as text",
      () => a.BENEFITCOST("100", 20, null, null, null),
      { message: "cell.numberAsText", arg: "daysBefore" },
    ],
    [
      "PROJECTLABOURFORCE years as a range of two cells",
      () => a.PROJECTLABOURFORCE(1, 0, [[1], [2]]),
      { message: "shape.notScalar", arg: "years" },
    ],
    [
      "CONTIGUOUS a blank municipality",
      () => a.CONTIGUOUS([["Kokkola"], [null]], null),
      { message: "cell.blank", arg: "municipalities", at: { row: 2 } },
    ],
  ])("%s", (_, call, error) => {
    const r = call() as core.Result<unknown>;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "#VALUE!", ...error });
  });
});
