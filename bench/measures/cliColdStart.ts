/**
 * Cold whole-process start of the CLI (issue 10, item 7): `node dist/cli/main.js calc
 * <largest template> --check` beside the floor, `node -e "require('hyperformula')"`, measured
 * alternately in the same run (medians), and `--help`, which must load no engine.
 */
import { spawnSync } from "child_process";
import { performance } from "perf_hooks";

export interface CliColdStart {
  readonly checkMs: number;
  readonly floorMs: number;
  readonly helpMs: number;
  /** checkMs / floorMs; target ≤ 1.5. */
  readonly ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x: number) => Math.round(x * 10) / 10;

function wall(args: string[], cwd: string): number {
  const start = performance.now();
  const p = spawnSync(process.execPath, args, { stdio: "ignore", cwd });
  if (p.status !== 0 && p.status !== 1) throw new Error(`${args.join(" ")}: exit ${p.status}`);
  return performance.now() - start;
}

/** Medians of `runs` alternating cold processes of each kind. */
export function cliColdStart(
  root: string,
  cliMain: string,
  template: string,
  runs = 7
): CliColdStart {
  const check: number[] = [];
  const floor: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(wall(["-e", "require('hyperformula')"], root));
    check.push(wall([cliMain, "calc", template, "--check", "--quiet"], root));
    help.push(wall([cliMain, "--help"], root));
  }
  const [c, f] = [median(check), median(floor)];
  return {
    checkMs: round1(c),
    floorMs: round1(f),
    helpMs: round1(median(help)),
    ratio: Math.round((c / f) * 100) / 100,
  };
}
