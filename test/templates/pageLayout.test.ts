import { A4, headerFooter, pageSetup, printArea } from "../../src/templates/pageLayout";
import type { TemplateSheet, TemplateSpec } from "../../src/templates/spec";

const sheet = (charts: TemplateSheet["charts"] = []): TemplateSheet => ({
  name: { fi: "Alue", sv: "Område" },
  columns: [10],
  cells: [],
  charts,
});
const chart = (from: string, to: string) => ({
  kind: "line" as const,
  title: { fi: "t", sv: "t" },
  categories: "A1:A2",
  series: [],
  from,
  to,
});

describe("print area", () => {
  it("reaches the last cell written, spilled cells included", () => {
    expect(printArea(sheet(), ["A1", "B26", "C51", "B40"])).toBe("A1:C51");
  });

  it("takes in a chart, which ends where its `to` cell begins", () => {
    // area template: table to C51, chart from E3 to the top-left corner of M22 → through L21
    expect(printArea(sheet([chart("E3", "M22")]), ["A1", "C51"])).toBe("A1:L51");
    expect(printArea(sheet([chart("G3", "O22")]), ["A1", "E19"])).toBe("A1:N21");
  });
});

describe("page setup", () => {
  it("is A4 (paper size 9), one page wide, and one page tall for a calculation sheet", () => {
    expect(A4).toBe(9); // ECMA-376 Part 1, 18.3.1.63: 9 = A4 paper (210 mm by 297 mm)
    expect(pageSetup("landscape", "A1:L51", 1)).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      printArea: "A$1:L$51", // exceljs adds the column "$": $A$1:$L$51
    });
    expect(pageSetup("portrait", "A1:B20", 0).fitToHeight).toBe(0);
  });
});

describe("header and footer", () => {
  const spec = {
    name: "kuntayhtyma",
    title: { fi: "Talousarvio & maksut", sv: "Budget & avgifter", en: "Budget" },
  } as unknown as TemplateSpec;

  it("print the title and sheet on top, the template file and page number below", () => {
    expect(headerFooter(spec, "fi")).toEqual({
      oddHeader: '&L&"Calibri,Bold"Talousarvio && maksut&R&A',
      oddFooter: "&LLähde: Työllisyysalue, mallipohja kuntayhtyma.fi.xlsx&RSivu &P / &N",
    });
    expect(headerFooter(spec, "sv").oddFooter).toBe(
      "&LKälla: Työllisyysalue, mallen kuntayhtyma.sv.xlsx&RSida &P / &N"
    );
  });
});
