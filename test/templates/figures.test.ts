import { cached, cents, readWorkbook } from "./support/templateFiles";

/*
 * The cached values the committed templates open with, checked against their sources:
 * the planning documents of domain.md, Kela's billing amounts, and hand calculations
 * written out here. Both languages carry the same figures.
 */
describe.each([
  [
    "fi",
    { area: "Alue", subsidy: "Jako", budget: "Talousarvio", staff: "Mitoitus", cost: "Kustannus" },
  ],
  [
    "sv",
    {
      area: "Område",
      subsidy: "Fördelning",
      budget: "Budget",
      staff: "Dimensionering",
      cost: "Kostnad",
    },
  ],
])("template figures (%s)", (lang, sheet) => {
  it("area: Kymppi's 28 616 meet 20 000, are contiguous, and stay above it 25 years at −1.4 %", async () => {
    const wb = await readWorkbook(`assets/templates/tyollisyysalue.${lang}.xlsx`);
    expect(cached(wb, sheet.area, "B15")).toBe(28616); // Kymppi plan, June 2023
    expect(cached(wb, sheet.area, "B17")).toBe(true);
    expect(cached(wb, sheet.area, "B18")).toBe(0);
    expect(cached(wb, sheet.area, "B19")).toBe(true); // all ten share borders (assets/data adjacency)
    // ln(20000/28616)/ln(0.986) = −0.35826/−0.014099 = 25.41 → 25 whole years (functions.md example)
    expect(cached(wb, sheet.area, "B23")).toBe(25);
    expect(cached(wb, sheet.area, "B26")).toBe(28616); // year 0
    expect(cached(wb, sheet.area, "B27")).toBeCloseTo(28616 * 0.986, 9); // 28 215.376
    expect(cached(wb, sheet.area, "B51")).toBeCloseTo(28616 * 0.986 ** 25, 6); // year 25, still ≥ 20 000
    expect(Number(cached(wb, sheet.area, "B51"))).toBeGreaterThanOrEqual(20000);
    expect(cached(wb, sheet.area, "C51")).toBe(20000);
  });

  it("subsidy: 10 M€ (Kainuu–Koillismaa) split to the cent, each part within a cent of its quota", async () => {
    const wb = await readWorkbook(`assets/templates/valtionosuus.${lang}.xlsx`);
    const a = [20400, 5600, 4000, 3700, 1700, 580, 950, 1150, 8100, 2000]; // Σ 48 180
    const u = [2900, 620, 560, 520, 230, 80, 140, 170, 1050, 260]; // Σ 6 530
    let total = 0;
    a.forEach((ai, i) => {
      const share = 0.5 * (ai / 48180) + 0.5 * (u[i] / 6530); // Kajaani: 0.5·0.42341 + 0.5·0.44410 = 0.43376
      expect(cached(wb, sheet.subsidy, `D${7 + i}`)).toBeCloseTo(share, 12);
      const part = cents(cached(wb, sheet.subsidy, `E${7 + i}`));
      expect(Math.abs(part - share * 1e9)).toBeLessThan(1);
      total += part;
    });
    expect(total).toBe(1_000_000_000); // 10 000 000.00 € exactly
  });

  it("joint authority: cap 95 % of 7 113 937.60 € = 6 758 240.72 €; payments add up to each budget", async () => {
    const wb = await readWorkbook(`assets/templates/kuntayhtyma.${lang}.xlsx`);
    expect(cached(wb, sheet.budget, "B7")).toBe(6758240.72); // 0.95 × 7 113 937.60 (Kymppi basic agreement's 95 %)
    expect(cached(wb, sheet.budget, "B8")).toBe(258240.72); // 6 758 240.72 − 6 500 000.00
    expect(cached(wb, sheet.budget, "D8")).toBe(58240.72); // 6 758 240.72 − 6 700 000.00
    for (const [col, budget] of [
      ["C", 6500000],
      ["D", 6630000],
      ["E", 6700000],
    ] as const) {
      let sum = 0;
      for (let r = 11; r <= 20; r++) {
        const s = Number(cached(wb, sheet.budget, `B${r}`));
        const p = cents(cached(wb, sheet.budget, `${col}${r}`));
        expect(Math.abs(p - (budget * 100 * s) / 7113937.6)).toBeLessThan(1);
        sum += p;
      }
      expect(sum).toBe(budget * 100);
    }
  });

  it("staffing: 3 762 job seekers need 29/23/17 FTE at 130/170/230; Kokkola region split by hand", async () => {
    const wb = await readWorkbook(`assets/templates/henkilosto.${lang}.xlsx`);
    // 3762/130 = 28.94 → 29 (functions.md); 3762/170 = 22.13 → 23; 3762/230 = 16.36 → 17
    expect([4, 5, 6].map((r) => cached(wb, sheet.staff, `D${r}`))).toEqual([29, 23, 17]);
    expect(cached(wb, sheet.staff, "B9")).toBeCloseTo(125.4, 12); // 3762 / 30 FTE (Kymppi)
    // 14.2 FTE in tenths = 142 over 2080/375/185/92 (Σ 2732): quotas 108.11, 19.49, 9.615, 4.781;
    // floors 108+19+9+4 = 140, the 2 left go to remainders .781 (Perho) and .615 (Kannus).
    expect([15, 16, 17, 18].map((r) => cached(wb, sheet.staff, `C${r}`))).toEqual([
      10.8, 1.9, 1, 0.5,
    ]);
    // 13.2 FTE = 132 tenths: quotas 100.498, 18.119, 8.939, 4.445; floors 130; +1 Kannus (.939), +1 Kokkola (.498)
    expect([15, 16, 17, 18].map((r) => cached(wb, sheet.staff, `D${r}`))).toEqual([
      10.1, 1.8, 0.9, 0.4,
    ]);
  });

  it("benefits: Kela's 74.42 € and hand-computed band sums", async () => {
    const wb = await readWorkbook(`assets/templates/tyottomyysturva.${lang}.xlsx`);
    expect(cached(wb, sheet.cost, "D6")).toBe(74.42); // Kela: 20 d × 10 % × 37.21 €
    expect(cached(wb, sheet.cost, "D7")).toBe(0); // days 1–100: the state pays
    expect(cached(wb, sheet.cost, "D8")).toBe(558.15); // 50 × 3.721 + 50 × 7.442 = 186.05 + 372.10
    expect(cached(wb, sheet.cost, "D9")).toBe(4465.2); // 50 × 14.884 + 200 × 18.605 = 744.20 + 3 721.00
    expect(cached(wb, sheet.cost, "E9")).toBe(4651.25); // model 2015 (50 % from day 301): days 651–900, 250 × 50 % × 37.21
    expect([6, 7, 8].map((r) => cached(wb, sheet.cost, `E${r}`))).toEqual([0, 0, 0]); // below day 301
  });
  it("projections in calendar years: formulas from the year the figures are from", async () => {
    const area = await readWorkbook(`assets/templates/tyollisyysalue.${lang}.xlsx`);
    const ws = area.getWorksheet(sheet.area)!;
    expect(cached(area, sheet.area, "B20")).toBe(2023); // Kymppi plan's labour force: June 2023
    expect(ws.getCell("A26").formula).toBe("$B$20");
    expect(ws.getCell("A27").formula).toBe("SUM(A26,1)");
    // year 0 is 2023, year 25 is 2023 + 25 = 2048
    const years = Array.from({ length: 26 }, (_, i) => cached(area, sheet.area, `A${26 + i}`));
    expect(years).toEqual(Array.from({ length: 26 }, (_, i) => 2023 + i));
    const budget = await readWorkbook(`assets/templates/kuntayhtyma.${lang}.xlsx`);
    expect(cached(budget, sheet.budget, "B2")).toBe(2026); // constructed example budget year
    // the budget year and its two planning years (Kymppi basic agreement: at least two)
    expect(["B5", "C5", "D5"].map((r) => cached(budget, sheet.budget, r))).toEqual([
      2026, 2027, 2028,
    ]);
  });
});
