/**
 * `tyoalue calc --check` of the largest bundled template (by file size): the in-process
 * call (median of warm runs, plus the first, cold one) and, when the CLI is built, the wall
 * time of a whole `node dist/cli/main.js` process including Node's start.
 */
import { spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { run } from "../../src/cli/main";

export interface TemplateCheck {
  readonly file: string;
  /** Median of the warm in-process runs (ms). */
  readonly medianMs: number;
  /** The first in-process run (engine and exceljs not yet warm). */
  readonly coldMs: number;
  /** Exit status of the check: 0 = cached values equal recalculation. */
  readonly exitCode: number;
  /** Wall time of a separate CLI process (ms), or null when dist/cli is not built. */
  readonly processMs: number | null;
}

/** The largest .xlsx in `dir`. */
export function largestTemplate(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));
  if (files.length === 0)
    throw new Error(`no .xlsx in ${dir}: run \`npm run build:templates\` first`);
  return files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
}

/** One in-process `calc --check`, its stdout (the differing cells) swallowed. */
async function checkOnce(file: string): Promise<{ ms: number; exitCode: number }> {
  const write = process.stdout.write;
  const errWrite = process.stderr.write;
  process.stdout.write = () => true;
  process.stderr.write = () => true;
  const start = performance.now();
  try {
    const exitCode = await run(["calc", file, "--check"]);
    return { ms: performance.now() - start, exitCode };
  } finally {
    process.stdout.write = write;
    process.stderr.write = errWrite;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Measures the check of the largest template in `templatesDir`; `runs` warm runs after a cold one. */
export async function templateCheck(
  templatesDir: string,
  cliMain: string,
  runs = 5
): Promise<TemplateCheck> {
  const file = largestTemplate(templatesDir);
  const cold = await checkOnce(file);
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push((await checkOnce(file)).ms);
  let processMs: number | null = null;
  if (existsSync(cliMain)) {
    const start = performance.now();
    const p = spawnSync(process.execPath, [cliMain, "calc", file, "--check"], { stdio: "ignore" });
    if (p.status === 0 || p.status === 1) processMs = round1(performance.now() - start);
  }
  return {
    file,
    medianMs: round1(median(warm)),
    coldMs: round1(cold.ms),
    exitCode: cold.exitCode,
    processMs,
  };
}
