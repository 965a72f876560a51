/**
 * Core array calculations at 308 rows (every municipality) and 30 800 rows (100×), to show
 * the cost per call and that it grows linearly. Run: npx tsx bench/core.bench.ts
 * Budget: SUBSIDYALLOCATION over 308 rows ≲ 100 µs in the core (≈ 200 µs through the adapter).
 */
import { Bench } from "tinybench";
import {
  allocate,
  labourForce,
  memberPayments,
  staffAllocation,
  staffNeeded,
  subsidyAllocation,
  subsidyShares,
} from "../src/core";

/** Deterministic pseudo-random figures (mulberry32) in municipal ranges. */
function rows(n: number, seed = 308) {
  let s = seed;
  const rnd = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const workingAge = Array.from({ length: n }, () => 500 + Math.floor(rnd() * 200_000));
  const unemployed = workingAge.map((a) => Math.floor(a * (0.03 + rnd() * 0.12)));
  const foreign = workingAge.map((a) => Math.floor(a * rnd() * 0.1));
  const subsidies = workingAge.map((a) => Math.round(a * (150 + rnd() * 100) * 100) / 100);
  return {
    workingAge,
    unemployed,
    foreign,
    subsidies,
    criteria: workingAge.map((a, i) => [a, unemployed[i], foreign[i]]),
  };
}

async function main(): Promise<void> {
  const bench = new Bench({ name: "core", time: 400, warmup: true });
  const results: Record<string, number> = {};
  for (const n of [308, 30_800]) {
    const d = rows(n);
    const amount = 216_081_000.01;
    const wholeBudget = 500_000_000; // € (below the cap at both sizes; realistic magnitude)
    const check = (ok: boolean, name: string) => {
      if (!ok) throw new Error(`${name} failed at ${n} rows`);
    };
    check(subsidyAllocation(amount, d.workingAge, d.unemployed).ok, "subsidyAllocation");
    check(memberPayments(wholeBudget, d.subsidies).ok, "memberPayments");
    check(allocate(amount, d.criteria, [0.45, 0.45, 0.1]).ok, "allocate");
    bench
      .add(
        `subsidyAllocation ${n}`,
        () => void subsidyAllocation(amount, d.workingAge, d.unemployed)
      )
      .add(`subsidyShares ${n}`, () => void subsidyShares(d.workingAge, d.unemployed))
      .add(`memberPayments ${n}`, () => void memberPayments(wholeBudget, d.subsidies))
      .add(`staffAllocation ${n}`, () => void staffAllocation(1234.5, d.unemployed))
      .add(`staffNeeded ${n}`, () => void staffNeeded(d.unemployed, 130))
      .add(`labourForce ${n}`, () => void labourForce(d.workingAge))
      .add(`allocate 3 criteria ${n}`, () => void allocate(amount, d.criteria, [0.45, 0.45, 0.1]));
  }
  await bench.run();
  for (const t of bench.tasks)
    results[t.name] = (t.result as { latency?: { mean: number } })?.latency?.mean ?? NaN;
  console.log("task".padEnd(32), "mean µs".padStart(10), "  ×(30 800 vs 308)");
  for (const [name, ms] of Object.entries(results)) {
    const small = name.replace(/ 30800$/, " 308");
    const ratio = name.endsWith(" 30800") ? `  ×${(ms / results[small]).toFixed(0)}` : "";
    console.log(name.padEnd(32), (ms * 1000).toFixed(1).padStart(10), ratio);
  }
}

void main();
