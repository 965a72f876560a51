/**
 * `npm run bench`: the add-in's cost in speed and size (issue 7), as a table;
 * `npm run bench -- --json`: exactly one JSON object on stdout, progress on stderr;
 * `npm run bench -- --readme`: the table, and the README's benchmark table rewritten from it.
 * Bundle sizes and keystroke latency need a production build (`npm run build`); without one
 * the table says so and the JSON form exits 1 without printing.
 */
import { existsSync } from "fs";
import path from "path";
import { bundleMeasure } from "./measures/bundle";
import { keystrokeLatency } from "./measures/keystroke";
import { arrayCallMicros } from "./measures/arrayCall";
import { formingTimes } from "./measures/forming";
import { templateCheck } from "./measures/templateCheck";
import { cliColdStart } from "./measures/cliColdStart";
import { wizardSyncs } from "./measures/wizardSyncs";
import { formingTable } from "./formingReport";
import { rewriteReadme } from "./readme";
import { toJson, toTable } from "./report";

const ROOT = path.resolve(__dirname, "..");
const json = process.argv.includes("--json");
const readme = process.argv.includes("--readme");
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function main(): Promise<number> {
  const bundle = bundleMeasure(path.join(ROOT, "dist"));
  if (!bundle.ok && (json || readme)) {
    process.stderr.write(`bench: cannot measure bundle sizes: ${bundle.reason}\n`);
    return 1;
  }
  // Keep stdout for the result alone: anything a library logs goes to stderr.
  console.log = (...args: unknown[]) => progress(args.map(String).join(" "));
  progress("counting context.sync() for 10 and 308 members");
  const syncs = await wizardSyncs([10, 308]);
  progress("timing SUBSIDYALLOCATION over 308 and 30 800 rows");
  const micros = await arrayCallMicros([308, 30_800]);
  progress("timing tyoalue calc --check of the largest template");
  const template = await templateCheck(
    path.join(ROOT, "assets/templates"),
    path.join(ROOT, "dist/cli/main.js")
  );
  progress("timing cold CLI processes beside node -e \"require('hyperformula')\"");
  const cold = existsSync(path.join(ROOT, "dist/cli/main.js"))
    ? cliColdStart(ROOT, path.join(ROOT, "dist/cli/main.js"), template.file)
    : null;
  progress("timing keystrokes in the member table (30 members, Chromium, CPU ×4)");
  const keystroke = bundle.ok ? await keystrokeLatency(ROOT, path.join(ROOT, "dist")) : null;
  progress("timing FORMAREAS per region (5 seeded labour forces) and for the whole mainland");
  const forming = formingTimes(5);
  const figures = {
    wizardSyncs: syncs,
    arrayCallMicros: micros,
    template,
    cold,
    keystroke,
    forming,
  };
  if (json && bundle.ok) {
    process.stdout.write(`${toJson({ ...figures, bundles: bundle.sizes })}\n`);
  } else
    process.stdout.write(
      `${toTable({ ...figures, bundles: bundle.ok ? bundle.sizes : { missing: bundle.reason } })}\n\n${formingTable(forming)}\n`
    );
  if (readme && bundle.ok) {
    await rewriteReadme(path.join(ROOT, "README.md"), { ...figures, bundles: bundle.sizes });
    progress("README.md: benchmark table rewritten");
  }
  return bundle.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exit(2);
  }
);
