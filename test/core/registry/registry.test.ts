import fc from "fast-check";
import {
  allMunicipalities,
  contiguity,
  contiguous,
  findMunicipality,
  municipality,
  neighbours,
  possibleNeighbours,
} from "../../../src/core";
import { REAL_AREAS } from "../../fixtures/core/area";

describe("registry lookup", () => {
  test("308 municipalities of 2025, 16 in Åland (Statistics Finland 2025 division)", () => {
    expect(allMunicipalities()).toHaveLength(308);
    expect(allMunicipalities().filter((m) => m.aland)).toHaveLength(16);
  });

  test("code as number or text, names in Finnish or Swedish, any case, spaces, ä/ö typed or not", () => {
    for (const q of [5, "005", "5", " ALAJÄRVI ", "alajarvi"])
      expect(findMunicipality(q)?.code).toBe("005");
    expect(findMunicipality("Karleby")?.fi).toBe("Kokkola");
    expect(findMunicipality("Mänttä Vilppula")?.fi).toBe("Mänttä-Vilppula");
    expect(findMunicipality("A\u0308hta\u0308ri")?.fi).toBe("Ähtäri"); // decomposed ä (NFD) as pasted from some sources
    expect(findMunicipality(1000)).toBeUndefined();
    expect(findMunicipality(5.5)).toBeUndefined();
  });

  test("Åland municipalities are found and flagged as outside the reform", () => {
    expect(findMunicipality("Maarianhamina")).toMatchObject({
      sv: "Mariehamn",
      aland: true,
      region: "Ahvenanmaa",
    });
  });

  test("MUNICIPALITY fields; unknown municipality is #N/A, unknown field #VALUE!", () => {
    expect(municipality("Kristinestad").value).toBe("Kristiinankaupunki");
    expect(municipality("Vaasa", " SV ").value).toBe("Vasa");
    expect(municipality("Atlantis")).toMatchObject({
      ok: false,
      error: { code: "#N/A", message: "municipality.unknown" },
    });
    expect(municipality("Vaasa", "population")).toMatchObject({
      ok: false,
      error: { code: "#VALUE!", message: "field.unknown", arg: "field" },
    });
  });

  test("every name and code finds its own entry", () => {
    for (const m of allMunicipalities()) {
      expect(findMunicipality(m.code)).toBe(m);
      expect(findMunicipality(m.fi)).toBe(m);
      expect(findMunicipality(m.sv)).toBe(m);
    }
  });
});

describe("contiguity", () => {
  test.each(Object.entries(REAL_AREAS))(
    "real 2025 area %s is contiguous (assets/data/README.md spot check)",
    (_, members) => {
      expect(contiguous([...members]).value).toBe(true);
    }
  );

  test("a disconnected pair is refused with its parts: Helsinki and Rovaniemi", () => {
    expect(contiguity(["Helsinki", "Rovaniemi"]).value).toEqual({
      connected: false,
      components: [["091"], ["698"]],
      pointContacts: [],
    });
  });

  test("point contacts that would join parts are reported for confirmation: Askola–Loviisa touch for 31 m (adjacency CSV)", () => {
    expect(contiguity(["Loviisa", "Askola"]).value).toEqual({
      connected: false,
      components: [["434"], ["018"]],
      pointContacts: [{ a: "018", b: "434" }],
    });
    expect(possibleNeighbours("Askola").value).toContain("Loviisa");
    expect(neighbours("Askola").value).not.toContain("Loviisa");
  });

  test("neighbourPairs replace the bundled data", () => {
    expect(contiguous(["Helsinki", "Rovaniemi"], [["Helsinki", "Rovaniemi"]]).value).toBe(true);
    expect(contiguous(["Kokkola", "Kannus"], [["Kokkola", "Halsua"]]).value).toBe(false);
    expect(contiguous(["Kokkola"], [["Kokkola", "Kokkola"]])).toMatchObject({
      ok: false,
      error: { message: "municipality.selfPair", arg: "neighbourPairs", at: { row: 1 } },
    });
  });

  test("an unknown name in neighbourPairs is #N/A naming its row and column, used or not (catalogue)", () => {
    // the catalogue's example: "Vantan" is a typo, not a municipality
    expect(contiguous(["Helsinki", "Vantaa"], [["Helsinki", "Vantan"]])).toMatchObject({
      ok: false,
      error: {
        code: "#N/A",
        arg: "neighbourPairs",
        at: { row: 1, col: 2 },
        params: { text: "Vantan" },
      },
    });
    // a pair that the members do not use is checked too
    const pairs = [
      ["Helsinki", "Vantaa"],
      ["Atlantis", "Kokkola"],
    ];
    expect(contiguous(["Helsinki", "Vantaa"], pairs)).toMatchObject({
      ok: false,
      error: { code: "#N/A", arg: "neighbourPairs", at: { row: 2, col: 1 } },
    });
    // a member missing from the registry is #N/A even when the pairs name it
    expect(contiguous(["Atlantis", "Kokkola"], [["Kokkola", "Kannus"]])).toMatchObject({
      ok: false,
      error: { code: "#N/A", arg: "municipalities", at: { row: 1 } },
    });
  });

  test("Statistics Finland's table labels identify municipalities (catalogue)", () => {
    expect(findMunicipality("KU005 Alajärvi")?.code).toBe("005");
    expect(findMunicipality("005 Alajärvi")?.code).toBe("005");
    expect(findMunicipality("KU091")?.fi).toBe("Helsinki");
    expect(findMunicipality("KU478 Maarianhamina - Mariehamn")?.code).toBe("478");
    expect(municipality("KU272 Kokkola", "sv").value).toBe("Karleby");
    expect(neighbours("KU005 Alajärvi").value).toEqual(neighbours("Alajärvi").value);
    expect(contiguous(["KU217 Kannus", "272 Kokkola"]).value).toBe(true);
    // a label whose name is not the code's municipality is not a municipality
    expect(findMunicipality("005 Helsinki")).toBeUndefined();
    expect(municipality("KU005 Helsinki")).toMatchObject({ ok: false, error: { code: "#N/A" } });
  });

  test("faults: unknown is #N/A at its row, duplicates #VALUE!", () => {
    expect(contiguous(["Kokkola", "Atlantis"])).toMatchObject({
      ok: false,
      error: { code: "#N/A", arg: "municipalities", at: { row: 2 } },
    });
    expect(contiguous(["Kokkola", "Karleby"])).toMatchObject({
      ok: false,
      error: { code: "#VALUE!", message: "municipality.duplicate", params: { first: 1 } },
    });
    expect(contiguous([])).toMatchObject({ ok: false, error: { message: "shape.empty" } });
  });

  test("property: the answer does not depend on the order of the members", () => {
    const codes = allMunicipalities().map((m) => m.code);
    fc.assert(
      fc.property(fc.shuffledSubarray(codes, { minLength: 1, maxLength: 12 }), (members) => {
        const reversed = [...members].reverse();
        expect(contiguous(reversed).value).toBe(contiguous(members).value);
      })
    );
    const area = [...REAL_AREAS.keskiPohjanmaa];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(area, { minLength: area.length, maxLength: area.length }),
        (m) => expect(contiguous(m).value).toBe(true)
      )
    );
  });

  test("NEIGHBOURS are sorted Finnish names, border and water pairs only", () => {
    expect(neighbours("Hailuoto").ok).toBe(true);
    expect(neighbours("Atlantis")).toMatchObject({ ok: false, error: { code: "#N/A" } });
  });
});
