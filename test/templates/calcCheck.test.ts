import * as core from "../../src/core";
import { cli, edited as editedIn, scratch, value } from "./support/calc";
import { TEMPLATE_FILES } from "./support/templateFiles";

const dir = scratch();
const edited = (file: string, sheet: string, changes: Record<string, number>) =>
  editedIn(dir, file, sheet, changes);

describe("tyoalue calc --check", () => {
  it.each(TEMPLATE_FILES.map((t) => [t.file]))(
    "passes for %s: every cached value equals recalculation",
    async (file) => {
      const { code, out } = await cli(["calc", file, "--check"]);
      expect([code, out]).toEqual([0, expect.any(String)]);
    },
    30_000
  );
});

describe("editing an input and recalculating with the CLI gives the core's values", () => {
  it("area: Alajärvi's labour force 3 879 → 3 000 and a 2 % decline", async () => {
    const file = await edited("assets/templates/tyollisyysalue.fi.xlsx", "Alue", {
      B4: 3000,
      B21: -0.02,
    });
    const json = JSON.parse((await cli(["calc", file, "--json"])).out);
    const lf = [3000, 4588, 1001, 6215, 1460, 1210, 5881, 834, 1210, 2338];
    expect(json["Alue!B15"]).toBe(value(core.labourForce(lf))); // 27 737
    expect(json["Alue!B23"]).toBe(value(core.yearsAboveMinimum(lf, -0.02, 20000)));
    expect(json["Alue!B26"].map((r: number[]) => r[0])).toEqual(
      value(core.projectLabourForce(lf, -0.02, 25))
    );
  });

  it("subsidy: Kajaani's broad unemployment 2 900 → 3 100", async () => {
    const file = await edited("assets/templates/valtionosuus.sv.xlsx", "Fördelning", { C7: 3100 });
    const json = JSON.parse((await cli(["calc", file, "--json"])).out);
    const a = [20400, 5600, 4000, 3700, 1700, 580, 950, 1150, 8100, 2000];
    const u = [3100, 620, 560, 520, 230, 80, 140, 170, 1050, 260];
    expect(json["Fördelning!E7"].map((r: number[]) => r[0])).toEqual(
      value(core.subsidyAllocation(10000000, a, u, 0.5))
    );
  });

  it("joint authority: a budget of 6 600 000 € in the budget year", async () => {
    const file = await edited("assets/templates/kuntayhtyma.fi.xlsx", "Talousarvio", {
      B6: 6600000,
    });
    const json = JSON.parse((await cli(["calc", file, "--json"])).out);
    const s = [
      964319.4, 1140576.8, 248848.6, 1545049, 362956, 300806, 1462016.6, 207332.4, 300806, 581226.8,
    ];
    expect(json["Talousarvio!C11"].map((r: number[]) => r[0])).toEqual(
      value(core.memberPayments(6600000, s, 0.95))
    );
    expect(json["Talousarvio!B8"]).toBe(value(core.capHeadroom(6600000, s, 0.95)));
  });

  it("staffing: 4 000 clients at 130 and 15 state FTE for Kokkola region", async () => {
    const file = await edited("assets/templates/henkilosto.fi.xlsx", "Mitoitus", {
      B4: 4000,
      B11: 15,
    });
    const json = JSON.parse((await cli(["calc", file, "--json"])).out);
    expect(json["Mitoitus!D4"].map((r: number[]) => r[0])).toEqual(
      value(core.staffNeeded([4000, 3762, 3762], [130, 170, 230]))
    );
    expect(json["Mitoitus!C15"].map((r: number[]) => r[0])).toEqual(
      value(core.staffAllocation(15, [2080, 375, 185, 92], 0.1))
    );
  });

  it("benefits: person C with 400 days before the year", async () => {
    const file = await edited("assets/templates/tyottomyysturva.sv.xlsx", "Kostnad", { B8: 400 });
    const json = JSON.parse((await cli(["calc", file, "--json"])).out);
    expect(json["Kostnad!D8"]).toBe(value(core.benefitCost(400, 100, 37.21, 2025)));
    expect(json["Kostnad!E8"]).toBe(value(core.benefitCost(400, 100, 37.21, 2015)));
  });
});
