/**
 * Brute force for the forming-areas tests, written apart from the solver and as plainly as
 * possible: every partition of n rows (restricted growth strings: row i joins one of the
 * blocks opened so far or opens the next, so blocks come in order of their first row),
 * each block checked for connectivity and the minimum, the best chosen by the documented
 * order. n ≤ 10 means at most 115 975 partitions (Bell number B10).
 */
export type Links = readonly (readonly number[])[];

/** Whether the rows form one connected set by the links. */
export function connected(rows: readonly number[], links: Links): boolean {
  const inside = new Set(rows);
  const seen = new Set([rows[0]]);
  const queue = [rows[0]];
  while (queue.length)
    for (const n of links[queue.pop()!])
      if (inside.has(n) && !seen.has(n)) (seen.add(n), queue.push(n));
  return seen.size === inside.size;
}

const sum = (rows: readonly number[], w: readonly number[]) => rows.reduce((s, r) => s + w[r], 0);

/** -1 when a comes first in the documented order, 1 when b does (0: the same partition). */
function compare(a: number[][], b: number[][], w: readonly number[]): number {
  if (a.length !== b.length) return b.length - a.length;
  const largest = (p: number[][]) => Math.max(...p.map((x) => sum(x, w)));
  if (largest(a) !== largest(b)) return largest(a) - largest(b);
  for (let j = 0; j < a.length; j++) {
    const wa = sum(a[j], w);
    const wb = sum(b[j], w);
    if (wa !== wb) return wa - wb;
    const sa = new Set(a[j]);
    const sb = new Set(b[j]);
    // Equal weight: the one holding the earliest row in which the two differ comes first.
    const differ = [...new Set([...a[j], ...b[j]])]
      .filter((r) => sa.has(r) !== sb.has(r))
      .sort((x, y) => x - y);
    if (differ.length) return sa.has(differ[0]) ? -1 : 1;
  }
  return 0;
}

/** The best partition (blocks of rows in order of first row), or undefined when none is valid. */
export function bruteForce(
  w: readonly number[],
  links: Links,
  minimum: number
): number[][] | undefined {
  let best: number[][] | undefined;
  const label: number[] = [];
  const visit = (i: number, blocks: number) => {
    if (i === w.length) {
      const p: number[][] = Array.from({ length: blocks }, () => []);
      label.forEach((b, r) => p[b].push(r));
      if (
        p.every((x) => sum(x, w) >= minimum && connected(x, links)) &&
        (!best || compare(p, best, w) < 0)
      )
        best = p;
      return;
    }
    for (let b = 0; b <= blocks; b++) {
      label[i] = b;
      visit(i + 1, Math.max(blocks, b + 1));
    }
  };
  visit(0, 0);
  return best;
}

/** Area numbers per row from blocks in order of first row. */
export function numbering(blocks: readonly (readonly number[])[], n: number): number[] {
  const out = new Array<number>(n);
  blocks.forEach((b, a) => b.forEach((r) => (out[r] = a + 1)));
  return out;
}
