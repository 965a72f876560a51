/**
 * Median microseconds of one TYOALUE.SUBSIDYALLOCATION call as Excel makes it: column
 * ranges in, the adapter, the core, and the Excel value (or CustomFunctions.Error) out,
 * the same path as the function src/functions/associate.ts binds to the id in Excel.
 */
import { Bench } from "tinybench";
import { adapters } from "../../src/functions/adapters";
import { toExcel } from "../../src/functions/to-excel";
import { subsidyColumns } from "../support/columns";

/** 10 M€ and one cent: a whole number of cents that does not split evenly. */
const AMOUNT = 10_000_000.01;

/** One call, as Excel makes it through associate.ts. */
export function callSubsidyAllocation(rows: number): () => unknown {
  const { workingAge, unemployed } = subsidyColumns(rows);
  return () => toExcel(adapters.SUBSIDYALLOCATION(AMOUNT, workingAge, unemployed, null));
}

/** Median µs per call for each row count (tinybench, `timeMs` per task after warm-up). */
export async function arrayCallMicros(
  rowCounts: readonly number[],
  timeMs = 1000
): Promise<Record<string, number>> {
  const bench = new Bench({ name: "SUBSIDYALLOCATION", time: timeMs, warmup: true, throws: true });
  for (const n of rowCounts) {
    const call = callSubsidyAllocation(n);
    const parts = call() as number[][];
    if (parts.length !== n)
      throw new Error(`SUBSIDYALLOCATION over ${n} rows gave ${parts.length} parts`);
    bench.add(String(n), call);
  }
  await bench.run();
  const out: Record<string, number> = {};
  for (const task of bench.tasks) {
    const median = task.result?.latency.p50;
    if (median === undefined) throw new Error(`tinybench gave no median for ${task.name} rows`);
    out[task.name] = Math.round(median * 1000 * 10) / 10;
  }
  return out;
}
