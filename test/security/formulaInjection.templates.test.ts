/**
 * Formula injection in the templates: a template built from a spec that holds the PAYLOADS
 * as texts (cells, title, instructions) and a formula whose text argument tries to close its
 * quotes. Each payload must read back as a text constant; the literal stays one literal.
 */
import { buildTemplate } from "../../src/templates/buildTemplate";
import { formulaText } from "../../src/templates/formulaText";
import type { TemplateSpec } from "../../src/templates/spec";
import { PAYLOADS } from "./support/payloads";
import { readCells } from "./support/xlsxCells";

const both = (s: string) => ({ fi: s, sv: s });

describe("templates", () => {
  const spec: TemplateSpec = {
    name: "inject",
    title: { fi: PAYLOADS[0], sv: PAYLOADS[0], en: PAYLOADS[0] },
    description: { fi: "", sv: "", en: "" },
    instructions: { fi: [PAYLOADS[1]], sv: [PAYLOADS[1]] },
    sheets: [
      {
        name: both("Alue"),
        columns: [30, 30],
        cells: [
          ...PAYLOADS.map((p, i) => ({
            ref: `A${i + 1}`,
            value: both(p),
            style: "input" as const,
          })),
          { ref: "B1", value: PAYLOADS[2] },
          { ref: "B2", formula: { fn: "CONTIGUOUS", args: [{ text: "Kokkola" }] } },
        ],
      },
    ],
  };

  it("a formula's text argument that tries to close its quotes stays one quoted literal", () => {
    const f = formulaText({
      fn: "MUNICIPALITY",
      args: [5, { text: 'fi"),HYPERLINK("http://x","y' }],
    });
    expect(f).toBe('_xldudf_TYOALUE_MUNICIPALITY(5,"fi""),HYPERLINK(""http://x"",""y")');
  });

  it.each(["fi", "sv"] as const)(
    "%s: every payload lands as a text constant, never a formula",
    async (lang) => {
      const bytes = await buildTemplate(spec, lang, {
        addin: {
          id: "c2775ea8-a39b-4bb5-abcf-a7656e6158b9",
          version: "1.0.0.0",
          store: { kind: "developer" },
        },
      });
      const cells = await readCells(bytes);
      for (const p of PAYLOADS) {
        const landed = cells.filter((c) => c.value === p);
        expect(landed.length).toBeGreaterThan(0);
        expect(landed.filter((c) => c.formula !== undefined)).toEqual([]);
      }
      expect(cells.filter((c) => c.formula !== undefined).map((c) => c.formula)).toEqual([
        '_xldudf_TYOALUE_CONTIGUOUS("Kokkola")',
      ]);
    }
  );
});
