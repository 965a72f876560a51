import { inEngine, inExcel } from "./support/twoHosts";

// Issue 12: the three benefit models of assets/data/tyottomyysturva_kuntaosuus.csv, through
// the Excel path and the engine. Figures: the data file's bands and hand calculation.

describe("one formula, one value: benefit models", () => {
  test.each([
    // model, day, share (data README: 2006 pays 50 % after 500 days, 2015 50 % from 301, 70 % after 1000)
    [2006, 500, 0],
    [2006, 501, 0.5],
    [2015, 301, 0.5],
    [2015, 1001, 0.7],
    [2025, 701, 0.5],
  ])("BENEFITSHARE(%i model, day %i) = %d", (model, day, share) => {
    const excel = inExcel("BENEFITSHARE", day, model, null);
    expect(excel).toBe(share);
    expect(inEngine(`=TYOALUE.BENEFITSHARE(${day},${model})`)).toEqual(excel);
  });

  test("BENEFITBANDS(2006) spills the 2006–2014 table", () => {
    const excel = inExcel("BENEFITBANDS", 2006);
    expect(excel).toEqual([
      [1, 500, 0],
      [501, "", 0.5],
    ]);
    expect(inEngine("=TYOALUE.BENEFITBANDS(2006)")).toEqual(excel);
  });

  test("BENEFITCOST(450,100,,2006): 50 days at 0 % + 50 days at 50 % × 37.21 € = 930.25 €", () => {
    const excel = inExcel("BENEFITCOST", 450, 100, null, 2006, null);
    expect(excel).toBe(930.25);
    expect(inEngine("=TYOALUE.BENEFITCOST(450,100,,2006)")).toEqual(excel);
  });

  test("an unknown model lists the valid ones", () => {
    const excel = inExcel("BENEFITBANDS", 2007);
    expect(excel).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("2025, 2015 or 2006"),
    });
    expect(inEngine("=TYOALUE.BENEFITBANDS(2007)")).toEqual(excel);
  });
});
