/**
 * FORMAREAS timed on the real 2025 adjacency with a synthetic labour force: each mainland
 * region's municipalities (exact search), and all 292 mainland municipalities at once (one
 * connected group beyond 30: the greedy partition, improved pair by pair). Labour force of the i-th municipality
 * (registry code order) = round(300 × 200^u), u the i-th draw of mulberry32 seeded with
 * 1000 × seed + the region's index (292 run: seed 292): log-uniform between 300 and 60 000,
 * like Finland's smaller municipalities. Minimum: the statutory 20 000.
 */
import { allMunicipalities, formAreas, MINIMUM_LABOUR_FORCE, suggestMembers } from "../../src/core";
import { seeded } from "../support/columns";

export interface RegionTime {
  readonly region: string;
  readonly municipalities: number;
  /** Areas formed with seed 1. */
  readonly areas: number;
  readonly medianMs: number;
  readonly maxMs: number;
}

export interface FormingFigures {
  readonly seeds: number;
  readonly regions: readonly RegionTime[];
  /** All mainland municipalities at once: median of 5 runs; areas formed; an upper bound on areas. */
  readonly all: { municipalities: number; areas: number; medianMs: number; bound: number };
  /** SUGGESTMEMBERS for the lightest municipality alone (seed 1): the slowest region, and the 292 table. */
  readonly suggest: { worstRegion: string; worstRegionMs: number; allMs: number };
}

const labourForce = (n: number, seed: number) => {
  const rnd = seeded(seed);
  return Array.from({ length: n }, () => Math.round(300 * Math.pow(200, rnd())));
};

/** One timed call; throws if it fails (every synthetic region is large enough). */
function timed(codes: readonly string[], lf: readonly number[]): { ms: number; areas: number } {
  const start = performance.now();
  const r = formAreas(codes, lf, MINIMUM_LABOUR_FORCE);
  const ms = performance.now() - start;
  if (!r.ok) throw new Error(`FORMAREAS failed: ${r.error.message}`);
  return { ms, areas: Math.max(...r.value) };
}

/** SUGGESTMEMBERS for the table's lightest municipality alone, timed once. */
function timedSuggestion(codes: readonly string[], lf: readonly number[]): number {
  const lightest = codes[lf.indexOf(Math.min(...lf))];
  const start = performance.now();
  const r = suggestMembers([lightest], codes, lf, MINIMUM_LABOUR_FORCE);
  const ms = performance.now() - start;
  if (!r.ok) throw new Error(`SUGGESTMEMBERS failed: ${r.error.message}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Median and worst time per region over `seeds` labour forces, and the 292 at once. */
export function formingTimes(seeds = 5): FormingFigures {
  const mainland = allMunicipalities().filter((m) => !m.aland);
  const names = [...new Set(mainland.map((m) => m.region))];
  timed(["272", "217"], [20000, 1000]); // load the registry and adjacency before timing
  const regions = names.map((region, index) => {
    const codes = mainland.filter((m) => m.region === region).map((m) => m.code);
    const runs = Array.from({ length: seeds }, (_, s) =>
      timed(codes, labourForce(codes.length, 1000 * (s + 1) + index))
    );
    const ms = runs.map((r) => r.ms);
    return {
      region,
      municipalities: codes.length,
      areas: runs[0].areas,
      medianMs: round(median(ms)),
      maxMs: round(Math.max(...ms)),
    };
  });
  const suggestions = names.map((region, index) => {
    const codes = mainland.filter((m) => m.region === region).map((m) => m.code);
    return { region, ms: timedSuggestion(codes, labourForce(codes.length, 1000 + index)) };
  });
  const slowest = suggestions.reduce((a, b) => (b.ms > a.ms ? b : a));
  const codes = mainland.map((m) => m.code);
  const lf = labourForce(codes.length, 292);
  const runs = Array.from({ length: 5 }, () => timed(codes, lf));
  // No partition has more areas than the municipalities at or above the minimum plus
  // ⌊the others' total / minimum⌋ (an area holds one of the former or only the latter).
  const big = lf.filter((w) => w >= MINIMUM_LABOUR_FORCE).length;
  const small = lf.reduce((a, w) => (w < MINIMUM_LABOUR_FORCE ? a + w : a), 0);
  return {
    seeds,
    regions,
    all: {
      municipalities: codes.length,
      areas: runs[0].areas,
      medianMs: round(median(runs.map((r) => r.ms))),
      bound: big + Math.floor(small / MINIMUM_LABOUR_FORCE),
    },
    suggest: {
      worstRegion: slowest.region,
      worstRegionMs: round(slowest.ms),
      allMs: round(timedSuggestion(codes, lf)),
    },
  };
}
