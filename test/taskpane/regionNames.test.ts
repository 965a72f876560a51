import { allMunicipalities } from "../../src/core";
import { REGION_NAMES, regionCode, regionName } from "../../src/taskpane/wizard/regionNames";

// Expected names: Statistics Finland, classification of regions (maakunta) 2025, fi/sv/en.
describe("region names", () => {
  test("every region the municipality registry names has a code and three names", () => {
    const used = new Set(allMunicipalities().map((m) => m.region));
    expect(used.size).toBe(19); // 18 mainland regions and Åland
    for (const fi of used) {
      const code = regionCode(fi);
      expect(code).toMatch(/^\d\d$/);
      expect(REGION_NAMES[code!].fi).toBe(fi);
    }
    expect(Object.keys(REGION_NAMES)).toHaveLength(19);
  });

  test.each([
    ["Uusimaa", "01", "Nyland", "Uusimaa"],
    ["Varsinais-Suomi", "02", "Egentliga Finland", "Southwest Finland"],
    ["Pohjanmaa", "15", "Österbotten", "Ostrobothnia"],
    ["Keski-Suomi", "13", "Mellersta Finland", "Central Finland"],
    ["Päijät-Häme", "07", "Päijänne-Tavastland", "Päijät-Häme"],
    ["Lappi", "19", "Lappland", "Lapland"],
    ["Ahvenanmaa", "21", "Åland", "Åland"],
  ])("%s (MK%s) is %s in Swedish and %s in English", (fi, code, sv, en) => {
    expect(regionCode(fi)).toBe(code);
    expect(regionName(fi, "fi")).toBe(fi);
    expect(regionName(fi, "sv")).toBe(sv);
    expect(regionName(fi, "en")).toBe(en);
  });

  test("a name outside the table is shown as given", () => {
    expect(regionName("Atlantis", "sv")).toBe("Atlantis");
  });
});
