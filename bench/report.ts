/** The benchmark's two outputs: the exact JSON object of issue 7, and a table for people. */
import path from "path";
import type { BundleSizes } from "../scripts/bundle-size";
import { BUDGETS } from "./measures/bundle";
import type { CliColdStart } from "./measures/cliColdStart";
import type { TemplateCheck } from "./measures/templateCheck";

export interface Figures {
  readonly wizardSyncs: Record<string, number>;
  readonly arrayCallMicros: Record<string, number>;
  readonly template: TemplateCheck;
  /** Cold CLI processes (issue 10); null when dist/cli is not built. */
  readonly cold: CliColdStart | null;
  readonly bundles: BundleSizes | { readonly missing: string };
}

/** `{"wizardSyncs":{…},"arrayCallMicros":{…},"templateCheckMs":ms,"bundleGzipBytes":{…}}`; needs the bundles. */
export function toJson(f: Figures & { bundles: BundleSizes }): string {
  return JSON.stringify({
    wizardSyncs: f.wizardSyncs,
    arrayCallMicros: f.arrayCallMicros,
    templateCheckMs: f.template.medianMs,
    bundleGzipBytes: { taskpane: f.bundles.taskpane, functions: f.bundles.functions },
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
  return lines.join("\n");
}
