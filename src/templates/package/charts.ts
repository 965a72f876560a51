import type JSZip from "jszip";
import type { EvaluatedSheet } from "../evaluated";
import { localize, type Lang, type TemplateSpec } from "../spec";
import { chartAnchorXml, chartXml } from "./chartXml";
import { addContentType, addRelationship, readPart } from "./opc";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Puts `<drawing r:id>` where the worksheet schema wants it: before legacyDrawing and what follows. */
function insertDrawingRef(sheetXml: string, relId: string): string {
  const tag = `<drawing r:id="${relId}"/>`;
  const before = [
    "<legacyDrawing ",
    "<legacyDrawingHF",
    "<picture",
    "<oleObjects",
    "<controls",
    "<webPublishItems",
    "<tableParts",
    "<extLst",
    "</worksheet>",
  ];
  for (const marker of before) {
    const at = sheetXml.indexOf(marker);
    if (at >= 0) return sheetXml.slice(0, at) + tag + sheetXml.slice(at);
  }
  throw new Error("worksheet part has no end tag");
}

/**
 * Adds the spec's charts (exceljs has no chart API): per sheet one drawing part with a
 * chart frame per chart, chart parts with references and value caches, relationships and
 * content types. Spec sheet k is worksheet part k+2 (the instructions sheet is first).
 */
export async function addCharts(
  zip: JSZip,
  spec: TemplateSpec,
  lang: Lang,
  evaluated: readonly EvaluatedSheet[]
): Promise<number> {
  let chartNo = 0;
  let drawingNo = 0;
  for (const [k, sheet] of spec.sheets.entries()) {
    if (!sheet.charts?.length) continue;
    drawingNo++;
    const sheetPart = `xl/worksheets/sheet${k + 2}.xml`;
    const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
    const anchors: string[] = [];
    for (const [i, chart] of sheet.charts.entries()) {
      chartNo++;
      const title = localize(chart.title, lang);
      zip.file(
        `xl/charts/chart${chartNo}.xml`,
        chartXml({
          kind: chart.kind,
          title,
          sheet: localize(sheet.name, lang),
          categories: chart.categories,
          series: chart.series.map((s) => ({ name: localize(s.name, lang), values: s.values })),
          value: (ref) => evaluated[k].values.get(ref),
        })
      );
      await addContentType(zip, `/xl/charts/chart${chartNo}.xml`, CHART_TYPE);
      const relId = await addRelationship(
        zip,
        `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
        `${REL}/chart`,
        `../charts/chart${chartNo}.xml`
      );
      anchors.push(chartAnchorXml(chart.from, chart.to, i + 1, relId, title));
    }
    zip.file(
      drawingPart,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
        `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join("")}</xdr:wsDr>`
    );
    await addContentType(zip, `/${drawingPart}`, DRAWING_TYPE);
    const relId = await addRelationship(
      zip,
      `xl/worksheets/_rels/sheet${k + 2}.xml.rels`,
      `${REL}/drawing`,
      `../drawings/drawing${drawingNo}.xml`
    );
    zip.file(sheetPart, insertDrawingRef(await readPart(zip, sheetPart), relId));
  }
  return chartNo;
}
