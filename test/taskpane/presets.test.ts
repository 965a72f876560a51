import { readFileSync } from "fs";
import path from "path";
import { knownAreas, regionPresets } from "../../src/taskpane/wizard/presets/presets";
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
    const regions = regionPresets("registry");
    expect(regions.flatMap((r) => r.codes)).not.toContain("478"); // Maarianhamina
    expect(regions.reduce((n, r) => n + r.codes.length, 0)).toBe(308 - 16); // 16 Åland municipalities
  });
});

describe("municipality names in the pane", () => {
  it("says Pedersöre in English, not the Finnish phrase 'Pedersören kunta' (registry 599: fi 'Pedersören kunta', sv 'Pedersöre')", () => {
    expect(municipalityName("599", "en")).toBe("Pedersöre");
    expect(municipalityName("599", "fi")).toBe("Pedersören kunta");
    expect(municipalityName("905", "en")).toBe("Vaasa");
  });
});
