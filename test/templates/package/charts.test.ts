import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { buildTemplate } from "../../../src/templates/buildTemplate";
import type { TemplateSpec } from "../../../src/templates/spec";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const t = (s: string) => ({ fi: s, sv: s });
const spec: TemplateSpec = {
  name: "t",
  title: { fi: "T", sv: "T", en: "T" },
  description: { fi: "", sv: "", en: "" },
  instructions: { fi: ["x"], sv: ["x"] },
  sheets: [
    {
      name: { fi: "Kunnan osuus", sv: "Kommunens andel" },
      columns: [10, 10],
      cells: [
        { ref: "A1", value: t("a"), source: t("example note") },
        { ref: "A2", value: t("b") },
        { ref: "B1", value: 1 },
        { ref: "B2", value: 2 },
        { ref: "B3", formula: { fn: "SUM", args: ["B1:B2"] } },
      ],
      charts: [
        {
          kind: "bar",
          title: t("Osuus"),
          categories: "A1:A2",
          series: [{ name: t("S"), values: "B1:B2" }],
          from: "D1",
          to: "H10",
        },
      ],
    },
  ],
};

describe("charts", () => {
  it("writes a chart with absolute, quoted references and value caches, framed in a drawing with alt text", async () => {
    const bytes = await buildTemplate(spec, "sv", {
      addin: {
        id: "c2775ea8-a39b-4bb5-abcf-a7656e6158b9",
        version: "1.0.0.0",
        store: { kind: "developer" },
      },
    });
    const zip = await JSZip.loadAsync(bytes);
    const chart = parser.parse(await zip.file("xl/charts/chart1.xml")!.async("string"))[
      "c:chartSpace"
    ]["c:chart"];
    const ser = chart["c:plotArea"]["c:barChart"]["c:ser"];
    expect(ser["c:cat"]["c:strRef"]["c:f"]).toBe("'Kommunens andel'!$A$1:$A$2");
    expect(ser["c:val"]["c:numRef"]["c:f"]).toBe("'Kommunens andel'!$B$1:$B$2");
    expect(
      ser["c:val"]["c:numRef"]["c:numCache"]["c:pt"].map((p: { "c:v": number }) => p["c:v"])
    ).toEqual([1, 2]);
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain('descr="Osuus"');
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    // the drawing comes before the notes' legacy drawing, as the worksheet schema orders them
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(0);
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<legacyDrawing "));
    expect(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain(
      "../drawings/drawing1.xml"
    );
  });
});
