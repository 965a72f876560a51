/** The benchmark's two outputs: the exact JSON object of issue 7, and a table for people. */
import path from "path";
import type { BundleSizes } from "../scripts/bundle-size";
import { BUDGETS } from "./measures/bundle";
import type { KeystrokeFigures } from "./measures/keystroke";
import type { TemplateCheck } from "./measures/templateCheck";

export interface Figures {
  readonly wizardSyncs: Record<string, number>;
  readonly arrayCallMicros: Record<string, number>;
  readonly template: TemplateCheck;
  readonly bundles: BundleSizes | { readonly missing: string };
  /** Null without a production build. */
  readonly keystroke: KeystrokeFigures | null;
}

/** `{"wizardSyncs":{…},"arrayCallMicros":{…},"templateCheckMs":ms,"bundleGzipBytes":{…}}`; needs the bundles. */
export function toJson(f: Figures & { bundles: BundleSizes }): string {
  return JSON.stringify({
    wizardSyncs: f.wizardSyncs,
    arrayCallMicros: f.arrayCallMicros,
    templateCheckMs: f.template.medianMs,
    bundleGzipBytes: { taskpane: f.bundles.taskpane, functions: f.bundles.functions },
    keystrokeMs: f.keystroke && {
      median: f.keystroke.medianMs,
      p95: f.keystroke.p95Ms,
      longestTask: f.keystroke.longestTaskMs,
      floorMedian: f.keystroke.floorMedianMs,
      floorP95: f.keystroke.floorP95Ms,
    },
  });
}

const row = (what: string, value: string, target: string) =>
  `${what.padEnd(44)} ${value.padStart(14)}   ${target}`;
const within = (ok: boolean) => (ok ? "ok" : "OVER");

/** The figures as a table, with each target from issue 7 beside it. */
export function toTable(f: Figures): string {
  const syncs = Object.entries(f.wizardSyncs);
  const same = new Set(syncs.map(([, n]) => n)).size === 1;
  const [[small, us0], [big, us1]] = Object.entries(f.arrayCallMicros);
  const growth = us1 / us0;
  const lines = [
    row("figure", "measured", "target (issue 7)"),
    row("", "", ""),
    ...syncs.map(([m, n]) =>
      row(
        `wizard sheet, ${m} members: context.sync()`,
        String(n),
        `≤ 3, same for all sizes: ${within(n <= 3 && same)}`
      )
    ),
    row(`SUBSIDYALLOCATION, ${small} rows: median`, `${us0} µs`, `≤ 200 µs: ${within(us0 <= 200)}`),
    row(
      `SUBSIDYALLOCATION, ${big} rows: median`,
      `${us1} µs`,
      `×${growth.toFixed(0)} for ×${Number(big) / Number(small)} rows (linear ≈ ×${Number(big) / Number(small)})`
    ),
    row(
      `calc --check ${path.basename(f.template.file)}: median`,
      `${f.template.medianMs} ms`,
      `< 2000 ms: ${within(f.template.medianMs < 2000)}`
    ),
    row(
      "  first (cold) in-process run",
      `${f.template.coldMs} ms`,
      `exit status ${f.template.exitCode}`
    ),
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
        "task pane initial JS, gzip -9",
        `${b.taskpane} B`,
        `≤ ${BUDGETS.taskpane} B: ${within(b.taskpane <= BUDGETS.taskpane)}`
      )
    );
    lines.push(
      row(
        "functions bundle, gzip -9",
        `${b.functions} B`,
        `≤ ${BUDGETS.functions} B: ${within(b.functions <= BUDGETS.functions)}`
      )
    );
  }
  lines.push(...keystrokeRows(f.keystroke));
  return lines.join("\n");
}

/** Keystroke latency beside its target (issue 11, item 7) and the floor of the same run. */
function keystrokeRows(k: KeystrokeFigures | null): string[] {
  if (!k) return [row("keystroke latency", "not measured", "needs npm run build")];
  const label = `keystroke, ${k.members} members, CPU ×4`;
  return [
    row(`${label}: median`, `${k.medianMs} ms`, `< 50 ms: ${within(k.medianMs < 50)}`),
    row(`${label}: p95`, `${k.p95Ms} ms`, `< 50 ms: ${within(k.p95Ms < 50)}`),
    row(
      "  longest long task while typing",
      `${k.longestTaskMs} ms`,
      `≤ 100 ms: ${within(k.longestTaskMs <= 100)}`
    ),
    row(
      "  floor: bare <input>, median / p95",
      `${k.floorMedianMs} / ${k.floorP95Ms} ms`,
      `${k.keys} keys each`
    ),
  ];
}
