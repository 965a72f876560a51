/** FORMAREAS's figures (issue 13): a table for people and a key for the JSON object. */
import type { FormingFigures } from "./measures/forming";

/** Target of issue 13: every region's municipalities formed in under 2 s. */
export const REGION_TARGET_MS = 2000;

const row = (what: string, value: string, target: string) =>
  `${what.padEnd(44)} ${value.padStart(14)}   ${target}`;

/** `{"<region>": worst ms, …, "all292": median ms}` for the JSON object's `formAreasMs`. */
export function formingJson(f: FormingFigures): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of f.regions) out[r.region] = r.maxMs;
  out[`all${f.all.municipalities}`] = f.all.medianMs;
  return out;
}

/** `{"worstRegion": ms, "all292": ms}` for the JSON object's `suggestMembersMs`. */
export function suggestJson(f: FormingFigures): Record<string, number> {
  return { worstRegion: f.suggest.worstRegionMs, [`all${f.all.municipalities}`]: f.suggest.allMs };
}

/** One line per region (worst and median of the seeds), then the whole mainland at once. */
export function formingTable(f: FormingFigures): string {
  const lines = [
    row(`FORMAREAS per region, worst of ${f.seeds} seeds`, "worst / median", "target (issue 13)"),
    ...f.regions.map((r) =>
      row(
        `  ${r.region} (${r.municipalities}, ${r.areas} areas)`,
        `${r.maxMs} / ${r.medianMs} ms`,
        `< ${REGION_TARGET_MS} ms: ${r.maxMs < REGION_TARGET_MS ? "ok" : "OVER"}`
      )
    ),
    row(
      `  all ${f.all.municipalities} mainland at once (not exact)`,
      `${f.all.medianMs} ms`,
      `${f.all.areas} areas; no partition has more than ${f.all.bound}`
    ),
    row(
      `SUGGESTMEMBERS, lightest alone: slowest region`,
      `${f.suggest.worstRegionMs} ms`,
      f.suggest.worstRegion
    ),
    row(`  the same in the ${f.all.municipalities} table`, `${f.suggest.allMs} ms`, ""),
  ];
  return lines.join("\n");
}
