/** The benchmark's outputs: the exact JSON object, a table for people, the README's rows. */
import path from "path";
import type { BundleSizes } from "../scripts/bundle-size";
import type { CallLatency } from "./measures/arrayCall";
import { BUDGETS, FIRST_SCREEN_TARGET } from "./measures/bundle";
import type { TemplateCheck } from "./measures/templateCheck";

export interface Figures {
  readonly wizardSyncs: Record<string, number>;
  readonly arrayCallMicros: Record<string, CallLatency>;
  readonly template: TemplateCheck;
  readonly bundles: BundleSizes | { readonly missing: string };
}

/** Largest growth of the median allowed from the small to the large array call (issue 12). */
export const GROWTH_TARGET = 150;

/** `{"wizardSyncs":…,"arrayCallMicros":…,"templateCheckMs":ms,"bundleGzipBytes":…}`; needs the bundles. */
export function toJson(f: Figures & { bundles: BundleSizes }): string {
  const { taskpane, functions, firstScreen } = f.bundles;
  return JSON.stringify({
    wizardSyncs: f.wizardSyncs,
    arrayCallMicros: f.arrayCallMicros,
    templateCheckMs: f.template.medianMs,
    bundleGzipBytes: { firstScreen, taskpane, functions },
  });
}

/** The two array calls: sizes, latencies and the growth of the median. */
export function arrayGrowth(f: Figures) {
  const [[small, a], [big, b]] = Object.entries(f.arrayCallMicros);
  return { small, big, a, b, growth: b.median / a.median, rows: Number(big) / Number(small) };
}

const row = (what: string, value: string, target: string) =>
  `${what.padEnd(44)} ${value.padStart(22)}   ${target}`;
const within = (ok: boolean) => (ok ? "ok" : "OVER");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as a table, with each target beside it. */
export function toTable(f: Figures): string {
  const syncs = Object.entries(f.wizardSyncs);
  const same = new Set(syncs.map(([, n]) => n)).size === 1;
  const g = arrayGrowth(f);
  const lines = [
    row("figure", "measured", "target"),
    row("", "", ""),
    ...syncs.map(([m, n]) =>
      row(
        `wizard sheet, ${m} members: context.sync()`,
        String(n),
        `≤ 3, same for all sizes: ${within(n <= 3 && same)}`
      )
    ),
    row(
      `SUBSIDYALLOCATION, ${g.small} rows: median / p99`,
      `${g.a.median} / ${g.a.p99} µs`,
      `median ≤ 200 µs: ${within(g.a.median <= 200)}`
    ),
    row(
      `SUBSIDYALLOCATION, ${g.big} rows: median / p99`,
      `${g.b.median} / ${g.b.p99} µs`,
      `median ×${g.growth.toFixed(0)} for ×${g.rows} rows, ≤ ×${GROWTH_TARGET}: ${within(g.growth <= GROWTH_TARGET)}`
    ),
    row(
      `calc --check ${path.basename(f.template.file)}: median`,
      `${f.template.medianMs} ms`,
      `< 2000 ms: ${within(f.template.medianMs < 2000)}`
    ),
    row("  first (cold) in-process run", `${f.template.coldMs} ms`, `exit ${f.template.exitCode}`),
    row(
      "  whole CLI process (node start included)",
      f.template.processMs === null ? "not built" : `${f.template.processMs} ms`,
      ""
    ),
  ];
  if ("missing" in f.bundles) lines.push(row("bundle sizes", "not measured", f.bundles.missing));
  else {
    const b = f.bundles;
    lines.push(
      row(
        "first screen JS (start chunks too), gzip -9",
        `${b.firstScreen} B`,
        `target ≤ ${FIRST_SCREEN_TARGET} B: ${within(b.firstScreen <= FIRST_SCREEN_TARGET)}; budget ${BUDGETS.firstScreen} B`
      ),
      row(
        "  task pane entry (runtime, shared), gzip -9",
        `${b.taskpane} B`,
        `≤ ${BUDGETS.taskpane} B: ${within(b.taskpane <= BUDGETS.taskpane)}`
      ),
      row(
        "  functions entry (runtime, shared), gzip -9",
        `${b.functions} B`,
        `≤ ${BUDGETS.functions} B: ${within(b.functions <= BUDGETS.functions)}`
      ),
      ...b.scripts.map((s) => row(`    ${s.file}`, `${s.gzipBytes} B`, kb(s.gzipBytes)))
    );
  }
  return lines.join("\n");
}
