import { STRINGS } from "../../src/taskpane/i18n";
import { calculate } from "../../src/taskpane/wizard/calculate";
import type { WizardInputs } from "../../src/taskpane/wizard/inputs";
import { scalarLabel } from "../../src/taskpane/wizard/labels";
import { municipalityName } from "../../src/taskpane/wizard/registry";
import { validate } from "../../src/taskpane/wizard/validate";
import { kymppiInputs } from "./support/kymppiInputs";

const calc = (inputs: WizardInputs, lang: "fi" | "en" = "en") =>
  calculate(
    inputs,
    validate(
      inputs,
      lang,
      STRINGS[lang],
      (k) => scalarLabel(k, lang),
      (c) => municipalityName(c, lang)
    ),
    lang
  );
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("calculate (the core behind each step, Kymppi fixture)", () => {
  const c = calc(kymppiInputs());

  it("area: 28 616 in total (domain.md), meets 20 000, 25 years at −1.4 % (functions.md), contiguous", () => {
    expect([c.total, c.meets, c.shortfall, c.yearsAbove]).toEqual([28616, true, 0, 25]);
    expect(c.contiguity?.connected).toBe(true);
    expect(c.errors.size).toBe(0);
    expect(c.projection).toHaveLength(26); // years 0…25
    expect(c.projection![25]).toBeCloseTo(28616 * 0.986 ** 25, 6); // ≈ 20 115.6, still ≥ 20 000
  });

  it("subsidy: shares by 50/50 weights, euros adding up to the amount to the cent", () => {
    // Kauhava: 0.5 × 8 300 / 37 800 + 0.5 × 820 / 3 762 (Σ 18–64 = 37 800, Σ unemployed = 3 762)
    expect(c.shares![0]).toBeCloseTo(0.5 * (8300 / 37800) + 0.5 * (820 / 3762), 12);
    expect(Math.round(sum(c.subsidies!) * 100)).toBe(715400000);
    expect(Math.abs(c.subsidies![0] - 7154000 * c.shares![0])).toBeLessThanOrEqual(0.01);
  });

  it("joint authority: cap 0.95 × 7 154 000 = 6 796 300 €, headroom 6 796 300 − 6 500 000 = 296 300 €", () => {
    expect(c.cap).toBe(6796300);
    expect(c.headroom).toBe(296300);
    expect(Math.round(sum(c.payments!) * 100)).toBe(650000000);
  });

  it("staffing: ⌈1 300/130⌉ = 10, ⌈2 000/170⌉ = 12, ⌈462/100⌉ = 5 FTE; 40 FTE split by clients in tenths", () => {
    expect(c.needed).toEqual([10, 12, 5]);
    expect(Math.round(sum(c.split!) * 10)).toBe(400);
    expect(Math.abs(c.split![0] - (40 * 820) / 3762)).toBeLessThan(0.1); // Kauhava: 8.718… → 8.7
  });

  it("puts a core error on the field it concerns: a budget over the cap names both figures", () => {
    const over = kymppiInputs();
    const e = calc({ ...over, scalars: { ...over.scalars, budget: "7000000" } });
    expect(e.errors.get("budget")).toMatch(/7,000,000\.00.*6,796,300\.00/);
    expect(e.headroom).toBe(-203700); // 6 796 300 − 7 000 000
  });

  it("flags a far-away member (Utsjoki) as disconnected", () => {
    const k = kymppiInputs();
    const far = calc({ ...k, members: [...k.members, { ...k.members[0], code: "890" }] });
    expect(far.contiguity?.connected).toBe(false);
    expect(far.contiguity?.components.slice(1).flat()).toEqual(["890"]);
  });
});
