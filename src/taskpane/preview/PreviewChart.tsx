import { parseRange } from "../../core";
import type { ChartSpec } from "../../host/SheetSpec";
import type { CellValue } from "../../host/WorkbookHost";

const W = 360;
const COLOURS = ["#2b6cb0", "#c05621"];

/** The numbers (or labels) of a one-column range of computed values. */
function column(values: readonly (readonly CellValue[])[], range: string): CellValue[] {
  const { top, left, bottom } = parseRange(range);
  return Array.from({ length: bottom - top + 1 }, (_, i) => values[top + i]?.[left] ?? null);
}

/**
 * A simple drawing of one of the sheet's charts in the preview: bars per category (column
 * and pie charts), lines over the categories (line charts). The figure's caption and the
 * grid above carry the same numbers for screen readers, so the drawing itself is decorative.
 */
export function PreviewChart({
  chart,
  values,
}: {
  readonly chart: ChartSpec;
  readonly values: readonly (readonly CellValue[])[];
}) {
  const labels = column(values, chart.categories).map((v) =>
    v === null || typeof v === "object" ? "" : String(v)
  );
  const series = chart.series.map((s) =>
    column(values, s.values).map((v) => (typeof v === "number" ? v : 0))
  );
  const max = Math.max(1, ...series.flat());
  const rowH = 16;
  const line = chart.kind === "line";
  const H = line ? 160 : labels.length * rowH + 4;
  const x = (i: number) => 4 + (i * (W - 8)) / Math.max(1, labels.length - 1);
  const y = (v: number) => H - 4 - (v / max) * (H - 8);
  return (
    <figure>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {line
          ? series.map((s, k) => (
              <polyline
                key={k}
                fill="none"
                stroke={COLOURS[k % 2]}
                strokeWidth={2}
                points={s.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
              />
            ))
          : series[0].map((v, i) => (
              <g key={i}>
                <rect
                  x={120}
                  y={2 + i * rowH}
                  width={((W - 124) * v) / max}
                  height={rowH - 4}
                  fill={COLOURS[0]}
                />
                <text x={116} y={rowH - 5 + i * rowH} fontSize={11} textAnchor="end">
                  {labels[i]}
                </text>
              </g>
            ))}
      </svg>
      <figcaption>{`${chart.title} (${chart.series.map((s) => s.name).join(", ")})`}</figcaption>
    </figure>
  );
}
