import { INTL_TAGS, parseRange } from "../../core";
import type { ChartSpec } from "../../host/SheetSpec";
import type { CellValue } from "../../host/WorkbookHost";
import type { Language } from "../i18n";

const W = 360;
const COLOURS = ["#2b6cb0", "#c05621"];

/** The numbers (or labels) of a one-column range of computed values. */
function column(values: readonly (readonly CellValue[])[], range: string): CellValue[] {
  const { top, left, bottom } = parseRange(range);
  return Array.from({ length: bottom - top + 1 }, (_, i) => values[top + i]?.[left] ?? null);
}

/**
 * One of the sheet's charts drawn in the preview, scaled to the pane: bars with their
 * category and value (column and pie charts), or lines with a value axis, the first and
 * last category on the other axis and a legend (line charts). The grid above carries the
 * same numbers for screen readers, so the drawing is decorative.
 */
export function PreviewChart({
  chart,
  values,
  language = "fi",
}: {
  readonly chart: ChartSpec;
  readonly values: readonly (readonly CellValue[])[];
  readonly language?: Language;
}) {
  const fmt = new Intl.NumberFormat(INTL_TAGS[language], { maximumFractionDigits: 1 });
  const labels = column(values, chart.categories).map((v) =>
    v === null || typeof v === "object" ? "" : String(v)
  );
  const series = chart.series.map((s) =>
    column(values, s.values).map((v) => (typeof v === "number" ? v : 0))
  );
  const line = chart.kind === "line";
  const all = series.flat();
  const max = Math.max(1, ...all);
  const min = line ? Math.min(max, ...all) : 0;
  const rowH = 18;
  const H = line ? 180 : labels.length * rowH + 4;
  const left = line ? 52 : 110;
  const right = line ? 8 : 70;
  const bottom = line ? 36 : 0;
  const x = (i: number) => left + (i * (W - left - right)) / Math.max(1, labels.length - 1);
  const y = (v: number) => H - bottom - ((v - min) / Math.max(1, max - min)) * (H - bottom - 8);
  return (
    <figure style={{ margin: 0 }}>
      {/* The title above its chart: below, it read as the title of the next one. */}
      <figcaption style={{ fontWeight: 600 }}>
        {`${chart.title} (${chart.series.map((s) => s.name).join(", ")})`}
      </figcaption>
      <svg
        width="100%"
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        focusable="false"
        fontSize={11}
        style={{ maxWidth: W }}
      >
        {line ? (
          <>
            <line x1={left} x2={left} y1={4} y2={H - bottom} stroke="#605e5c" />
            <line x1={left} x2={W - right} y1={H - bottom} y2={H - bottom} stroke="#605e5c" />
            {[min, (min + max) / 2, max].map((v) => (
              <text key={v} x={left - 4} y={y(v) + 4} textAnchor="end">
                {fmt.format(Math.round(v))}
              </text>
            ))}
            {[0, labels.length - 1].map((i) => (
              <text key={i} x={x(i)} y={H - bottom + 14} textAnchor={i === 0 ? "start" : "end"}>
                {labels[i]}
              </text>
            ))}
            {series.map((s, k) => (
              <polyline
                key={k}
                fill="none"
                stroke={COLOURS[k % 2]}
                strokeWidth={2}
                points={s.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
              />
            ))}
            {chart.series.map((s, k) => (
              <g key={s.name}>
                <rect x={left + k * 150} y={H - 12} width={10} height={10} fill={COLOURS[k % 2]} />
                <text x={left + 14 + k * 150} y={H - 3}>
                  {s.name}
                </text>
              </g>
            ))}
          </>
        ) : (
          series[0].map((v, i) => (
            <g key={i}>
              <text x={left - 4} y={rowH - 6 + i * rowH} textAnchor="end">
                {labels[i].length > 16 ? `${labels[i].slice(0, 15)}…` : labels[i]}
              </text>
              <rect
                x={left}
                y={2 + i * rowH}
                width={((W - left - right) * v) / max}
                height={rowH - 5}
                fill={COLOURS[0]}
              />
              <text x={left + ((W - left - right) * v) / max + 4} y={rowH - 6 + i * rowH}>
                {fmt.format(v)}
              </text>
            </g>
          ))
        )}
      </svg>
    </figure>
  );
}
