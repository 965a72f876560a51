/**
 * The comparison's rows and difference flags for two scenarios of the Kymppi area (members
 * from the basic agreement, CONSTRUCTED figures: test/fixtures/wizard/kymppi.ts): A is the
 * ten members, B leaves Kauhava (233) out. Every figure below is worked out by hand in its
 * comment from the fixture.
 */
import { COMPARE_STRINGS } from "../../../src/taskpane/wizard/scenarios/compareStrings";
import { municipalityName } from "../../../src/taskpane/wizard/registry";
import { comparison } from "../../../src/taskpane/wizard/scenarios/comparison";
import { evaluateScenario } from "../../../src/taskpane/wizard/scenarios/evaluateScenario";
import { firstErrorStep } from "../../../src/taskpane/wizard/scenarios/firstErrorStep";
import type { WizardInputs } from "../../../src/taskpane/wizard/inputs";
import { kymppiInputs } from "../support/kymppiInputs";
import { leadInputs } from "../support/leadInputs";

const nb = (s: string) => s.replace(/\u00a0|\u202f/g, " "); // the locale's spaces, as typed
const scenario = (name: string, inputs: WizardInputs) => ({
  name,
  result: evaluateScenario(inputs, "fi"),
  codes: inputs.members.map((m) => m.code),
});
const A = kymppiInputs("fi");
const B = { ...A, members: A.members.filter((m) => m.code !== "233") };
const name = (code: string) => municipalityName(code, "fi");

describe("comparing scenarios in the pane", () => {
  const [summary, subsidies, payments, split] = comparison(
    [scenario("Vaihtoehto A", A), scenario("Ilman Kauhavaa", B)],
    COMPARE_STRINGS.fi,
    "fi",
    name
  );
  const cells = (label: string) => {
    const row = summary.rows.find((r) => r.label === label)!;
    return row.cells.map((c) => [nb(c.text), c.differs]);
  };

  it("shows each scenario's area, subsidy and staffing, and marks what differs from the first", () => {
    // 28 616 (the plan's labour force) − Kauhava's 6 300 = 22 316; both ≥ 20 000.
    expect(cells("Työvoima")).toEqual([
      ["28 616", false],
      ["22 316", true],
    ]);
    expect(cells("Työvoiman vähimmäismäärä")).toEqual([
      ["täyttyy", false],
      ["täyttyy", false],
    ]);
    expect(cells("Yhtenäinen alue")).toEqual([
      ["kyllä", false],
      ["kyllä", false],
    ]);
    // The same 7 154 000 € is apportioned, the same cap 0.95 × 7 154 000 = 6 796 300 € and
    // budget 6 500 000 € (headroom 296 300 €): nothing to mark.
    expect(cells("Valtionosuus yhteensä")).toEqual([
      ["7 154 000,00 €", false],
      ["7 154 000,00 €", false],
    ]);
    expect(cells("Maksuosuuksien katto")).toEqual([
      ["6 796 300,00 €", false],
      ["6 796 300,00 €", false],
    ]);
    expect(cells("Liikkumavara katon alla")).toEqual([
      ["296 300,00 €", false],
      ["296 300,00 €", false],
    ]);
    // Clients A: 1 300 / 2 000 / 462; B without Kauhava's 290 / 440 / 90: 1 010 / 1 560 / 372.
    // Need = clients / target, rounded up: A 1300/130 = 10, 2000/170 = 11.8 → 12, 462/100 → 5;
    // B 1010/130 = 7.8 → 8, 1560/170 = 9.2 → 10, 372/100 → 4.
    expect(cells("Htv-tarve, monialainen")).toEqual([
      ["10", false],
      ["8", true],
    ]);
    expect(cells("Htv-tarve, osaaminen")).toEqual([
      ["12", false],
      ["10", true],
    ]);
    expect(cells("Htv-tarve, omavalmentaja")).toEqual([
      ["5", false],
      ["4", true],
    ]);
    expect(cells("Htv-tarve yhteensä")).toEqual([
      ["27", false],
      ["22", true],
    ]);
    expect(summary.rows.filter((r) => !r.numeric).map((r) => r.label)).toEqual([
      "Työvoiman vähimmäismäärä",
      "Yhtenäinen alue",
    ]);
  });

  it("lists the members of either scenario by name, with '–' (said: not a member) where one is not a member", () => {
    expect(subsidies.rows.map((r) => r.label)).toEqual([
      "Alajärvi",
      "Alavus",
      "Evijärvi",
      "Kauhava",
      "Kuortane",
      "Lappajärvi",
      "Lapua",
      "Soini",
      "Vimpeli",
      "Ähtäri",
    ]);
    const kauhava = subsidies.rows.find((r) => r.label === "Kauhava")!;
    // A: 7 154 000 × (0.5 × 8 300 / 37 800 + 0.5 × 820 / 3 762) = 1 565 101.63 € (largest remainder).
    expect(nb(kauhava.cells[0].text)).toBe("1 565 101,63 €");
    expect(kauhava.cells[1]).toEqual({ text: "–", note: "ei jäsen", differs: true });
    const lapua = subsidies.rows.find((r) => r.label === "Lapua")!;
    // A: 7 154 000 × (0.5 × 8 000 / 37 800 + 0.5 × 800 / 3 762) = 1 517 696.26 €;
    // B: 7 154 000 × (0.5 × 8 000 / 29 500 + 0.5 × 800 / 2 942) = 1 942 705.55 €.
    expect(lapua.cells.map((c) => [nb(c.text), c.differs])).toEqual([
      ["1 517 696,26 €", false],
      ["1 942 705,55 €", true],
    ]);
    // Payments: the budget in proportion to the subsidies, 6 500 000 × 1 942 705.55 / 7 154 000.
    const lapuaPays = payments.rows.find((r) => r.label === "Lapua")!;
    expect(nb(lapuaPays.cells[1].text)).toBe("1 765 108,48 €");
    // 40 FTE by clients: Lapua 800 of B's 2 942 clients → 10.88 → 10.9 (tenths, largest remainder).
    expect(split.rows.find((r) => r.label === "Lapua")!.cells[1].text).toBe("10,9");
  });

  it("compares values, not texts, and marks a cut-off area by its parts", () => {
    const far = { ...B, members: [...B.members, { ...B.members[0], code: "148" }] }; // Inari
    const [s] = comparison(
      [scenario("A", A), scenario("Inari", far)],
      COMPARE_STRINGS.en,
      "en",
      (c) => municipalityName(c, "en")
    );
    const contiguity = s.rows.find((r) => r.label === "Connected area")!;
    expect(contiguity.cells[1].differs).toBe(true);
    expect(contiguity.cells[1].text).toMatch(/^no: 2 parts, .*Lapua.* \| Inari$/);
  });

  it("says where an incomplete scenario needs work: the first step with an error", () => {
    const noBudget = { ...A, scalars: { ...A.scalars, budget: "" } };
    const r = evaluateScenario(noBudget, "fi");
    expect(r.plan).toBeUndefined();
    const steps = [() => ["members"], () => ["minimum"], () => ["amount"], () => ["budget"]];
    expect(firstErrorStep(r.errors, noBudget, steps)).toBe(3); // the joint-authority step
    expect(firstErrorStep(evaluateScenario(A, "fi").errors, A, steps)).toBeUndefined();
  });
});

describe("comparing a joint authority with a lead municipality's agreement", () => {
  // A: Kymppi as a joint authority; B: the same members and budget as a lead municipality
  // paying by agreed percentages (test/taskpane/support/leadInputs.ts).
  const withModel = (name: string, inputs: WizardInputs) => ({
    ...scenario(name, inputs),
    model: inputs.costSharing?.model,
  });
  const [summary, , payments] = comparison(
    [withModel("Kuntayhtymä", A), withModel("Vastuukunta", leadInputs("percent"))],
    COMPARE_STRINGS.fi,
    "fi",
    name
  );
  const cells = (label: string) =>
    summary.rows.find((r) => r.label === label)!.cells.map((c) => [nb(c.text), c.differs]);

  it("names each scenario's model first, and says a cap does not apply to the agreement", () => {
    expect(summary.rows[0].label).toBe("Kustannustenjako");
    expect(cells("Kustannustenjako")).toEqual([
      ["Kuntayhtymä (katon rajoissa)", false],
      ["Vastuukunta (sovitut osuudet)", true],
    ]);
    // The budget is the same 6 500 000 € in both; the cap 0.95 × 7 154 000 = 6 796 300 € is
    // the joint authority's only.
    expect(cells("Talousarvio")).toEqual([
      ["6 500 000,00 €", false],
      ["6 500 000,00 €", false],
    ]);
    expect(cells("Maksuosuuksien katto")).toEqual([
      ["6 796 300,00 €", false],
      ["ei sovelleta", true],
    ]);
    expect(cells("Liikkumavara katon alla")).toEqual([
      ["296 300,00 €", false],
      ["ei sovelleta", true],
    ]);
  });

  it("pays Kauhava by the agreement in B: 22 % of 6 500 000 € = 1 430 000 €", () => {
    const kauhava = payments.rows.find((r) => r.label === "Kauhava")!;
    expect(nb(kauhava.cells[1].text)).toBe("1 430 000,00 €");
    expect(kauhava.cells[1].differs).toBe(true);
  });
});

describe("only joint authorities compared", () => {
  it("shows no model row (the table as before)", () => {
    const [summary] = comparison(
      [scenario("A", A), scenario("B", B)],
      COMPARE_STRINGS.fi,
      "fi",
      name
    );
    expect(summary.rows[0].label).toBe("Työvoima");
  });
});
