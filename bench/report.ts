/** The benchmark's outputs: the exact JSON object, a table for people, the README's rows. */
import path from "path";
import type { BundleSizes } from "../scripts/bundleSize";
import type { CallLatency } from "./measures/arrayCall";
import { BUDGETS, FIRST_SCREEN_TARGET } from "./measures/bundle";
import type { KeystrokeFigures } from "./measures/keystroke";
import type { CliColdStart } from "./measures/cliColdStart";
import type { FormingFigures } from "./measures/forming";
import { formingJson, suggestJson } from "./formingReport";
import type { TemplateCheck } from "./measures/templateCheck";

export interface Figures {
  readonly wizardSyncs: Record<string, number>;
  readonly arrayCallMicros: Record<string, CallLatency>;
  readonly template: TemplateCheck;
  /** Cold CLI processes (issue 10); null when dist/cli is not built. */
  readonly cold: CliColdStart | null;
  readonly bundles: BundleSizes | { readonly missing: string };
  /** Null without a production build. */
  readonly keystroke: KeystrokeFigures | null;
  /** FORMAREAS / SUGGESTMEMBERS timings (issue 13). */
  readonly forming: FormingFigures;
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
    keystrokeMs: f.keystroke && {
      median: f.keystroke.medianMs,
      p95: f.keystroke.p95Ms,
      longestTask: f.keystroke.longestTaskMs,
      floorMedian: f.keystroke.floorMedianMs,
      floorP95: f.keystroke.floorP95Ms,
    },
    cliColdMs: f.cold && {
      check: f.cold.checkMs,
      floor: f.cold.floorMs,
      ratio: f.cold.ratio,
      help: f.cold.helpMs,
    },
    formAreasMs: formingJson(f.forming),
    suggestMembersMs: suggestJson(f.forming),
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
    ...(f.cold
      ? [
          row(
            "cold CLI process, calc --check: median",
            `${f.cold.checkMs} ms`,
            `< 1000 ms: ${within(f.cold.checkMs < 1000)}`
          ),
          row(
            "  floor: node -e \"require('hyperformula')\"",
            `${f.cold.floorMs} ms`,
            "same run, alternating"
          ),
          row(
            "  ratio to the floor (issue 10)",
            `×${f.cold.ratio}`,
            `≤ 1.5: ${within(f.cold.ratio <= 1.5)}`
          ),
          row("  tyoalue --help (no engine loaded)", `${f.cold.helpMs} ms`, ""),
        ]
      : [row("cold CLI process", "not built", "npm run build:cli")]),
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
