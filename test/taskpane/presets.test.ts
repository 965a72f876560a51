import { readFileSync } from "fs";
import path from "path";
import { knownAreas, regionPresets } from "../../src/taskpane/wizard/presets/presets";
import { regionOptions } from "../../src/taskpane/wizard/presets/regionOptions";
import { municipalityName } from "../../src/taskpane/wizard/registry";

const CSV = readFileSync(
  path.resolve(__dirname, "../../assets/data/tyollisyysalueet_2025_tunnetut.csv"),
  "utf8"
);

describe("presets", () => {
  it("reads the known 2025 areas with their sources (assets/data/tyollisyysalueet_2025_tunnetut.csv)", () => {
    const areas = knownAreas(CSV);
    const kymppi = areas.find((a) => a.name === "Kymppi")!;
    // Kymppi's ten members, Kuntayhtymä Kymppi basic agreement 25.9.2023 (test/fixtures/wizard/kymppi.ts)
    expect([...kymppi.codes].sort()).toEqual([
      "005",
      "010",
      "052",
      "233",
      "300",
      "403",
      "408",
      "759",
      "934",
      "989",
    ]);
    expect(kymppi.source).toMatch(/perussopimus 25\.9\.2023/);
    // Suupohja, as in shared data README's spot check: Isojoki, Karijoki, Teuva, Kauhajoki, Kristiinankaupunki, Kurikka
    expect(areas.find((a) => a.name === "Suupohja")?.codes).toHaveLength(6);
  });

  it("offers every region of the reform without Åland", () => {
    const regions = regionPresets("registry", "fi");
    expect(regions.flatMap((r) => r.codes)).not.toContain("478"); // Maarianhamina
    expect(regions.reduce((n, r) => n + r.codes.length, 0)).toBe(308 - 16); // 16 Åland municipalities
  });
});

describe("region names in the pane's language (Statistics Finland, regions 2025, fi/sv/en)", () => {
  const names = (language: "fi" | "sv" | "en") =>
    regionPresets("registry", language).map((r) => r.name);

  it("shows Swedish names in sv, sorted the Swedish way (Å, Ä, Ö after Z)", () => {
    const sv = names("sv");
    expect(sv).toContain("Nyland");
    expect(sv).toContain("Egentliga Finland");
    expect(sv).not.toContain("Uusimaa");
    // Swedish collation: Satakunta < Södra Karelen < Södra Savolax < Södra Österbotten, and
    // Österbotten (Pohjanmaa) last of the 18 mainland regions.
    expect(sv.at(-1)).toBe("Österbotten");
    expect(sv.indexOf("Södra Savolax")).toBeLessThan(sv.indexOf("Södra Österbotten"));
    expect(sv).toEqual([...sv].sort(new Intl.Collator("sv").compare));
  });

  it("shows Statistics Finland's English names in en, sorted in English", () => {
    const en = names("en");
    expect(en).toContain("Southwest Finland");
    expect(en).toContain("Lapland");
    expect(en).toContain("Kanta-Häme");
    expect(en[0]).toBe("Central Finland");
    expect(en).toEqual([...en].sort(new Intl.Collator("en").compare));
  });

  it("keeps Finnish names and Finnish order in fi, each region's municipalities unchanged", () => {
    const fi = regionPresets("registry", "fi");
    const sv = regionPresets("registry", "sv");
    expect(fi[0].name).toBe("Etelä-Karjala");
    expect(fi.at(-1)!.name).toBe("Varsinais-Suomi");
    const nyland = sv.find((r) => r.name === "Nyland")!;
    expect(nyland.codes).toEqual(fi.find((r) => r.name === "Uusimaa")!.codes);
  });

  it("keeps the Finnish name as the value of the Form areas view's options", () => {
    const options = regionOptions(["Pohjanmaa", "Uusimaa"], "sv");
    expect(options).toEqual([
      { value: "Uusimaa", label: "Nyland" },
      { value: "Pohjanmaa", label: "Österbotten" },
    ]);
  });
});

describe("municipality names in the pane", () => {
  it("says Pedersöre in English, not the Finnish phrase 'Pedersören kunta' (registry 599: fi 'Pedersören kunta', sv 'Pedersöre')", () => {
    expect(municipalityName("599", "en")).toBe("Pedersöre");
    expect(municipalityName("599", "fi")).toBe("Pedersören kunta");
    expect(municipalityName("905", "en")).toBe("Vaasa");
  });
});
