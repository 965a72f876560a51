/**
 * Median and p99 microseconds of one TYOALUE.SUBSIDYALLOCATION call as Excel makes it: column
 * ranges in, the adapter, the core, and the Excel value (or CustomFunctions.Error) out,
 * the same path as the function src/functions/associate.ts binds to the id in Excel.
 */
import { Bench } from "tinybench";
import { adapters } from "../../src/functions/adapters";
import { toExcel } from "../../src/functions/toExcel";
import { subsidyColumns } from "../support/columns";

/** 10 M€ and one cent: a whole number of cents that does not split evenly. */
const AMOUNT = 10_000_000.01;

/** One call, as Excel makes it through associate.ts. */
export function callSubsidyAllocation(rows: number): () => unknown {
  const { workingAge, unemployed } = subsidyColumns(rows);
  return () => toExcel(adapters.SUBSIDYALLOCATION(AMOUNT, workingAge, unemployed, null));
}

/** Latency of one call, µs (0.1 µs resolution). */
export interface CallLatency {
  readonly median: number;
  readonly p99: number;
}

/** Median and p99 µs per call for each row count (tinybench, `timeMs` per task after warm-up). */
export async function arrayCallMicros(
  rowCounts: readonly number[],
  timeMs = 1000
): Promise<Record<string, CallLatency>> {
  const bench = new Bench({ name: "SUBSIDYALLOCATION", time: timeMs, warmup: true, throws: true });
  for (const n of rowCounts) {
    const call = callSubsidyAllocation(n);
    const parts = call() as number[][];
    if (parts.length !== n)
      throw new Error(`SUBSIDYALLOCATION over ${n} rows gave ${parts.length} parts`);
    bench.add(String(n), call);
  }
  await bench.run();
  const µs = (ms: number) => Math.round(ms * 1000 * 10) / 10;
  const out: Record<string, CallLatency> = {};
  for (const task of bench.tasks) {
    const latency = task.result?.latency;
    if (latency?.p50 === undefined || latency.p99 === undefined)
      throw new Error(`tinybench gave no latency for ${task.name} rows`);
    out[task.name] = { median: µs(latency.p50), p99: µs(latency.p99) };
  }
  return out;
}
