import * as core from "../../../src/core";
import { issueMessage, parseInput } from "../../../src/core";

// Each calculation's input schema (for the wizard) and the calculation itself (for the
// adapters) must refuse the same input with the same error: key, argument and position.
const cases: [string, () => unknown, () => core.Result<unknown>][] = [
  [
    "labourForce fractional",
    () => parseInput(core.LabourForceSchema, { labourForce: [1, 2.5] }),
    () => core.labourForce([1, 2.5]),
  ],
  [
    "minimum negative",
    () => parseInput(core.MinimumSchema, { labourForce: [1], minimum: -1 }),
    () => core.meetsMinimum([1], -1),
  ],
  [
    "annualChange 1.4",
    () => parseInput(core.YearsAboveMinimumSchema, { labourForce: [30000], annualChange: 1.4 }),
    () => core.yearsAboveMinimum([30000], 1.4),
  ],
  [
    "years fractional",
    () =>
      parseInput(core.ProjectLabourForceSchema, { labourForce: [1], annualChange: 0, years: 2.5 }),
    () => core.projectLabourForce([1], 0, 2.5),
  ],
  [
    "unemployed negative",
    () =>
      parseInput(core.SubsidyAllocationSchema, {
        amount: 10,
        workingAge: [1, 2],
        unemployed: [1, -2],
      }),
    () => core.subsidyAllocation(10, [1, 2], [1, -2]),
  ],
  [
    "amount with fractions of a cent",
    () =>
      parseInput(core.SubsidyAllocationSchema, {
        amount: 10.005,
        workingAge: [1],
        unemployed: [1],
      }),
    () => core.subsidyAllocation(10.005, [1], [1]),
  ],
  [
    "capRatio 95",
    () => parseInput(core.PaymentCapSchema, { memberSubsidies: [1], capRatio: 95 }),
    () => core.paymentCap([1], 95),
  ],
  [
    "criteria cell",
    () =>
      parseInput(core.AllocateSchema, {
        amount: 1,
        criteria: [
          [1, 2],
          [3, -4],
        ],
        weights: [0.5, 0.5],
      }),
    () =>
      core.allocate(
        1,
        [
          [1, 2],
          [3, -4],
        ],
        [0.5, 0.5]
      ),
  ],
  [
    "target zero",
    () => parseInput(core.StaffNeededSchema, { clients: [1, 2], caseloadTarget: [130, 0] }),
    () => core.staffNeeded([1, 2], [130, 0]),
  ],
  [
    "model 2007",
    () => parseInput(core.BenefitShareSchema, { benefitDay: 5, model: 2007 }),
    () => core.benefitShare(5, 2007),
  ],
  [
    "days negative",
    () => parseInput(core.BenefitCostSchema, { daysBefore: -1, days: 2 }),
    () => core.benefitCost(-1, 2),
  ],
  [
    "field",
    () => parseInput(core.MunicipalitySchema, { municipality: "Vaasa", field: "population" }),
    () => core.municipality("Vaasa", "population"),
  ],
];

describe("calculation input schemas", () => {
  test.each(cases)("%s: schema and calculation report the same fault", (_, viaSchema, viaCalc) => {
    const a = viaSchema() as core.Result<unknown>;
    const b = viaCalc();
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
    expect({ message: a.error?.message, arg: a.error?.arg, at: a.error?.at }).toEqual({
      message: b.error?.message,
      arg: b.error?.arg,
      at: b.error?.at,
    });
  });

  test("valid input parses (Kymppi figures)", () => {
    expect(
      parseInput(core.YearsAboveMinimumSchema, { labourForce: [28616], annualChange: -0.014 }).ok
    ).toBe(true);
    expect(parseInput(core.ContiguousSchema, { municipalities: ["Kokkola", 217] }).ok).toBe(true);
    expect(
      parseInput(core.BenefitCostSchema, { daysBefore: 100, days: 20, bands: [[1, null, 0.1]] }).ok
    ).toBe(true);
  });

  test("issueMessage gives the wizard a localized sentence with a localized label", () => {
    const r = core.LabourForceSchema.safeParse({ labourForce: [28616, "28 616"] });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0];
    expect(issueMessage(issue, { labourForce: [28616, "28 616"] }, "fi", () => "työvoima")).toBe(
      "työvoima: rivi 2 ei ole luku"
    );
  });
});
