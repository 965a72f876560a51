import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { CELL_COLOURS, columnLetters } from "../../core";
import { DIFFERS_LOOK, differingCells } from "../../host/differs";
import type { CellValue } from "../../host/WorkbookHost";
import type { PreviewWorkbook } from "../capabilities";
import type { Language } from "../i18n";
import { COMPARE_LABELS } from "../i18n/compareLabels";
import { PreviewChart } from "./PreviewChart";
import { showCell } from "./showCell";

const useStyles = makeStyles({
  // Positioned, so that the screen readers' hidden cues (absolute) stay inside the scroll box
  // instead of widening the pane from far-right cells.
  wrap: {
    position: "relative",
    overflow: "auto",
    maxHeight: "60vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  // Columns as wide as the sheet's (Excel's widths in characters): a long text is cut at its
  // column's edge, or runs on over empty cells to its right, as in Excel.
  grid: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "1px 4px",
      whiteSpace: "nowrap",
      overflow: "hidden",
      textOverflow: "ellipsis",
    },
  },
  input: { backgroundColor: CELL_COLOURS.input },
  result: { backgroundColor: CELL_COLOURS.result },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  differs: {
    backgroundColor: DIFFERS_LOOK.fill,
    color: DIFFERS_LOOK.font,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** Read by screen readers, not shown. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SheetPreviewProps {
  /** The preview's workbook: the sheet's specs (styles, charts) and computed values. */
  readonly host: PreviewWorkbook;
  readonly name: string;
  readonly language: Language;
  readonly title: string;
  readonly chartsTitle: string;
  /** Changes each time the sheet is written or updated: the values are read again then. */
  readonly revision?: unknown;
}

/** The created sheet as an accessible grid of computed values (the preview's stand-in for Excel). */
export default function SheetPreview({
  host,
  name,
  language,
  title,
  chartsTitle,
  revision,
}: SheetPreviewProps) {
  const s = useStyles();
  const [values, setValues] = useState<CellValue[][]>();
  useEffect(() => {
    let current = true; // a slower earlier read must not overwrite a later one
    void host.readSheet(name).then((v) => current && setValues(v));
    return () => void (current = false);
  }, [host, name, revision]);
  const sheet = host.sheet(name);
  if (!sheet || !values) return null;
  const cols = Math.max(...sheet.cells.map((r) => r.length), ...values.map((r) => r.length));
  const differing = differingCells(sheet.conditionalFormats, values);
  // Excel's default width is 8.43 characters; the row numbers' column is narrow.
  const widths = [4, ...Array.from({ length: cols }, (_, c) => sheet.columnWidths?.[c] ?? 8.43)];
  const empty = (r: number, c: number) => (values[r]?.[c] ?? null) === null && !sheet.cells[r]?.[c];
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <div className={s.wrap} tabIndex={0} role="region" aria-label={`${title}: ${name}`}>
        <table
          className={s.grid}
          data-testid="sheet-grid"
          style={{ width: `${widths.reduce((a, w) => a + w + 1.5, 0)}ch` }}
        >
          <caption>{name}</caption>
          <colgroup>
            {widths.map((w, c) => (
              <col key={c} style={{ width: `${w + 1.5}ch` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={s.head}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((row, r) => (
              <tr key={r}>
                <th scope="row" className={s.head}>
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const spec = sheet.cells[r]?.[c] ?? null;
                  const shown = showCell(row[c] ?? null, spec, language);
                  const style =
                    spec?.style === "input"
                      ? s.input
                      : spec?.style === "result"
                        ? s.result
                        : spec?.style === "header"
                          ? s.head
                          : undefined;
                  const differs = differing.has(`${r},${c}`);
                  const text = typeof row[c] === "string";
                  return (
                    <td
                      key={c}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      data-value={rawOf(row[c] ?? null)}
                      data-differs={differs || undefined}
                      className={`${differs ? s.differs : (style ?? "")} ${typeof row[c] === "number" ? s.num : ""}`}
                      title={text ? shown : undefined}
                      style={text && empty(r, c + 1) ? { overflow: "visible" } : undefined}
                    >
                      {shown}
                      {differs && (
                        <span className={s.hidden}> ({COMPARE_LABELS[language].differsCue})</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sheet.charts.length > 0 && <h3>{chartsTitle}</h3>}
      {sheet.charts.map((c) => (
        <PreviewChart key={c.title} chart={c} values={values} language={language} />
      ))}
    </section>
  );
}

const rawOf = (v: CellValue): string =>
  v === null ? "" : typeof v === "object" ? v.error : String(v);
