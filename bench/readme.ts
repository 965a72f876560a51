/**
 * `npm run bench -- --readme`: rewrites the README's benchmark table (between the
 * `bench:start` / `bench:end` markers) from the figures just measured, so the README shows
 * what the bench printed, not numbers typed by hand.
 */
import { readFileSync, writeFileSync } from "fs";
import * as prettier from "prettier";
import type { BundleSizes } from "../scripts/bundle-size";
import { arrayGrowth, GROWTH_TARGET, type Figures } from "./report";
import { FIRST_SCREEN_TARGET } from "./measures/bundle";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const time = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us} µs`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The README's rows (markdown) for the figures. */
export function readmeRows(f: Figures & { bundles: BundleSizes }): string[] {
  const syncs = Object.entries(f.wizardSyncs);
  const g = arrayGrowth(f);
  const b = f.bundles;
  const rows: [string, string, string][] = [
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
      "200 KB / 35 KB",
    ],
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
