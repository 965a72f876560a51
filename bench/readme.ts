/**
 * `npm run bench -- --readme`: rewrites the README's benchmark table (between the
 * `bench:start` / `bench:end` markers) from the figures just measured, so the README shows
 * what the bench printed, not numbers typed by hand.
 */
import { readFileSync, writeFileSync } from "fs";
import * as prettier from "prettier";
import type { BundleSizes } from "../scripts/bundleSize";
import { arrayGrowth, GROWTH_TARGET, type Figures } from "./report";
import { BUDGETS, FIRST_SCREEN_TARGET } from "./measures/bundle";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const time = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us} µs`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type Row = [string, string, string];

/** A whole cold `tyoalue calc --check` process beside the floor measured in the same run. */
const coldRows = (f: Figures): Row[] =>
  f.cold
    ? [
        [
          "`tyoalue calc --check`, a whole cold process / floor `node -e \"require('hyperformula')\"` (median)",
          `${f.cold.checkMs} ms / ${f.cold.floorMs} ms (×${f.cold.ratio})`,
          "< 1 s; ≤ ×1.5",
        ],
        ["`tyoalue --help`, a whole cold process (no engine loaded)", `${f.cold.helpMs} ms`, "—"],
      ]
    : [];

/** Keystroke latency in the member table beside a bare input measured in the same run. */
const keystrokeRows = (f: Figures): Row[] =>
  f.keystroke
    ? [
        [
          `keystroke in the member table, ${f.keystroke.members} members, CPU ×4 (median / p95; floor)`,
          `${f.keystroke.medianMs} / ${f.keystroke.p95Ms} ms; floor ${f.keystroke.floorMedianMs} / ${f.keystroke.floorP95Ms} ms`,
          "< 50 ms",
        ],
        ["  longest long task while typing", `${f.keystroke.longestTaskMs} ms`, "≤ 100 ms"],
      ]
    : [];

/** FORMAREAS: the slowest region (worst of the seeds) and the whole mainland at once. */
const formingRows = (f: Figures): Row[] => {
  const worst = [...f.forming.regions].sort((x, y) => y.maxMs - x.maxMs)[0];
  return [
    [
      `\`FORMAREAS\`, slowest region (${worst.region}, ${worst.municipalities} municipalities; worst of ${f.forming.seeds} seeds)`,
      `${worst.maxMs} ms`,
      "< 2 s",
    ],
    [
      `\`FORMAREAS\`, all ${f.forming.all.municipalities} mainland municipalities at once (not exact: greedy, then pairs re-solved)`,
      `${f.forming.all.medianMs} ms, ${f.forming.all.areas} areas`,
      "—",
    ],
  ];
};

/** The README's rows (markdown) for the figures. */
export function readmeRows(f: Figures & { bundles: BundleSizes }): string[] {
  const syncs = Object.entries(f.wizardSyncs);
  const g = arrayGrowth(f);
  const b = f.bundles;
  const rows: Row[] = [
    [
      `\`context.sync()\` to write the wizard's sheet, ${syncs.map(([m]) => m).join(" / ")} members`,
      syncs.map(([, n]) => n).join(" / "),
      "≤ 3",
    ],
    [
      `\`SUBSIDYALLOCATION\` through the adapter, ${group(Number(g.small))} rows (median / p99)`,
      `${time(g.a.median)} / ${time(g.a.p99)}`,
      "≤ 200 µs",
    ],
    [
      `\`SUBSIDYALLOCATION\`, ${group(Number(g.big))} rows (median / p99; growth of the median)`,
      `${time(g.b.median)} / ${time(g.b.p99)}; ×${g.growth.toFixed(0)}`,
      `×${g.rows} rows: ≤ ×${GROWTH_TARGET}`,
    ],
    [
      "`tyoalue calc --check` of the largest template (in process, median)",
      `${f.template.medianMs} ms`,
      "< 2 s",
    ],
    [
      "first screen: page scripts and the wizard's start chunks (gzip -9)",
      `${group(b.firstScreen)} B (${kb(b.firstScreen)})`,
      `≤ ${kb(FIRST_SCREEN_TARGET)}`,
    ],
    [
      "task pane / functions entry points with their shared chunks (gzip -9)",
      `${group(b.taskpane)} B / ${group(b.functions)} B`,
      `${kb(BUDGETS.taskpane)} / ${kb(BUDGETS.functions)}`,
    ],
    ...coldRows(f),
    ...keystrokeRows(f),
    ...formingRows(f),
  ];
  return [
    "| figure | measured | target |",
    "| --- | --- | --- |",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/** Replaces the table between the markers in `file` (then Prettier); throws without the markers. */
export async function rewriteReadme(
  file: string,
  f: Figures & { bundles: BundleSizes }
): Promise<void> {
  const text = readFileSync(file, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file} has no ${START} … ${END} markers`);
  const table = ["", ...readmeRows(f), ""].join("\n");
  const next = `${text.slice(0, a + START.length)}\n${table}\n${text.slice(b)}`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
}
