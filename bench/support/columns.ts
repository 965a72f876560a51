/**
 * Deterministic Excel-shaped inputs for the benchmark: columns (rows of one cell) of
 * whole numbers in municipal ranges, from a fixed-seed generator (mulberry32), so every
 * run measures the same call.
 */

/** A pseudo-random generator in [0, 1) from a 32-bit seed (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` municipalities' working-age population and broad unemployment, as Excel columns. */
export function subsidyColumns(
  n: number,
  seed = 308
): { workingAge: number[][]; unemployed: number[][] } {
  const rnd = seeded(seed);
  const workingAge = Array.from({ length: n }, () => 500 + Math.floor(rnd() * 200_000));
  const unemployed = workingAge.map((a) => Math.floor(a * (0.03 + rnd() * 0.12)));
  return { workingAge: workingAge.map((v) => [v]), unemployed: unemployed.map((v) => [v]) };
}
