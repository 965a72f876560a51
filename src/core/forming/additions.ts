import type { Table } from "./table";

/** A set of rows to add: how many, their labour force, and the rows themselves (ascending). */
export interface Addition {
  readonly rows: readonly number[];
  readonly weight: number;
}

/** The fixed order of equally good additions: less labour force, then the one holding the earliest row where they differ. */
function before(a: Addition, b: Addition): boolean {
  if (a.weight !== b.weight) return a.weight < b.weight;
  const inB = new Set(b.rows);
  const inA = new Set(a.rows);
  const first = [...a.rows.filter((r) => !inB.has(r)), ...b.rows.filter((r) => !inA.has(r))].sort(
    (x, y) => x - y
  )[0];
  return inA.has(first);
}

/**
 * The best way to add exactly `size` rows so that the members and the added rows form one
 * connected set at or above the minimum, or undefined if there is none. Connected sets are
 * grown from the first member, one candidate neighbour at a time; a member reached is
 * always taken (free), any other candidate is taken (one of `size`) or excluded from the
 * whole branch, so each set is met once. Pruned when the members still missing plus the
 * heaviest remaining rows cannot reach the minimum, or when the added labour force already
 * exceeds the best found.
 */
export function bestAddition(
  table: Table,
  members: readonly number[],
  size: number,
  budget: { steps: number }
): Addition | undefined {
  const { links, weights, minimum } = table;
  const isMember = new Set(members);
  const heaviest = weights
    .map((w, r) => (isMember.has(r) ? -1 : w))
    .filter((w) => w >= 0)
    .sort((a, b) => b - a);
  const topUp = [0];
  for (const w of heaviest) topUp.push(topUp[topUp.length - 1] + w);
  const membersWeight = members.reduce((s, r) => s + weights[r], 0);
  const state = new Uint8Array(weights.length); // 1 in the set, 2 excluded, 3 candidate
  const added: number[] = [];
  let addedWeight = 0;
  let reached = 0;
  let best: Addition | undefined;
  const take = (r: number) => {
    state[r] = 1;
    if (isMember.has(r)) reached++;
    else (added.push(r), (addedWeight += weights[r]));
    const fresh = links[r].filter((n) => state[n] === 0);
    for (const n of fresh) state[n] = 3;
    return fresh;
  };
  const untake = (r: number, fresh: readonly number[]) => {
    for (const n of fresh) state[n] = 0;
    if (isMember.has(r)) reached--;
    else (added.pop(), (addedWeight -= weights[r]));
    state[r] = 3;
  };
  const grow = (candidates: readonly number[]): void => {
    if (--budget.steps < 0 || (best && addedWeight > best.weight)) return;
    const member = candidates.findIndex((r) => isMember.has(r));
    const pick = member >= 0 ? member : 0;
    const total = membersWeight + addedWeight;
    if (member < 0 && (candidates.length === 0 || added.length === size)) {
      if (reached === members.length && added.length === size && total >= minimum) {
        const found = { rows: [...added].sort((a, b) => a - b), weight: addedWeight };
        if (!best || before(found, best)) best = found;
      }
      return;
    }
    if (total + topUp[Math.min(size - added.length, heaviest.length)] < minimum) return;
    const r = candidates[pick];
    const rest = candidates.filter((_, i) => i !== pick);
    if (member >= 0 || added.length < size) {
      const fresh = take(r);
      grow([...rest, ...fresh]);
      untake(r, fresh);
    }
    if (member >= 0) return;
    state[r] = 2;
    grow(rest);
    state[r] = 3;
  };
  const first = members[0];
  state[first] = 1;
  reached = 1;
  const fresh = links[first].filter((n) => state[n] === 0);
  for (const n of fresh) state[n] = 3;
  grow(fresh);
  return best;
}
