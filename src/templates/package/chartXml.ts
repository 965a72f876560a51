import { absoluteCellAddress, cellAddress, parseRange, quoteSheet } from "../../core";
import type { CellValue } from "../evaluated";
import { xmlEscape } from "./opc";

/** A chart resolved for one language: texts, absolute references and cached values. */
export interface ResolvedChart {
  readonly kind: "bar" | "line";
  readonly title: string;
  readonly sheet: string;
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  readonly value: (ref: string) => CellValue | undefined;
}

const absolute = (sheet: string, ref: string): string => {
  const r = parseRange(ref);
  const abs = absoluteCellAddress;
  return `${quoteSheet(sheet)}!${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
};

const cells = (ref: string): string[] => {
  const r = parseRange(ref);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(cellAddress(row, col));
  return out;
};

const cache = (tag: "strCache" | "numCache", values: readonly (CellValue | undefined)[]): string =>
  `<c:${tag}>${tag === "numCache" ? "<c:formatCode>General</c:formatCode>" : ""}<c:ptCount val="${values.length}"/>` +
  values
    .map((v, i) =>
      v === undefined ? "" : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`
    )
    .join("") +
  `</c:${tag}>`;

const AXES =
  '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
  '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>' +
  '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
  '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
  '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>' +
  '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';

/** The chart part (DrawingML chart) with references to the sheet and caches of its values. */
export function chartXml(c: ResolvedChart): string {
  const cat = cells(c.categories).map(c.value);
  const series = c.series
    .map((s, i) => {
      const head = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
      const mid =
        c.kind === "bar"
          ? '<c:invertIfNegative val="0"/>'
          : '<c:marker><c:symbol val="none"/></c:marker>';
      const refs =
        `<c:cat><c:strRef><c:f>${xmlEscape(absolute(c.sheet, c.categories))}</c:f>${cache("strCache", cat)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(absolute(c.sheet, s.values))}</c:f>${cache("numCache", cells(s.values).map(c.value))}</c:numRef></c:val>`;
      return head + mid + refs + (c.kind === "line" ? '<c:smooth val="0"/>' : "") + "</c:ser>";
    })
    .join("");
  const plot =
    c.kind === "bar"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>`;
  const end = c.kind === "bar" ? "</c:barChart>" : "</c:lineChart>";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlEscape(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `${plot}<c:axId val="500000001"/><c:axId val="500000002"/>${end}${AXES}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart></c:chartSpace>"
  );
}

/** One anchored chart frame of a drawing part; `descr` is the chart's text alternative. */
export function chartAnchorXml(
  from: string,
  to: string,
  id: number,
  relId: string,
  title: string
): string {
  const a = parseRange(from);
  const b = parseRange(to);
  const pos = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${pos("from", a.top, a.left)}${pos("to", b.top, b.left)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}" descr="${xmlEscape(title)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}
