/* global require, __dirname */
// Builds the `tyoalue` CLI into dist/cli: main.js (argument parsing and help only) and
// actions.js (the commands with the engine), which main.js loads only when a command runs,
// so `--help` and `--version` start without the engine. Then makes actions.cache, V8's code
// cache of actions.js after one `calc --check` of a template, so a cold start skips most
// compiling (see src/cli/loadActions.ts).
const { build } = require("esbuild");
const { spawnSync } = require("child_process");
const { chmodSync } = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outdir = path.join(root, "dist/cli");

const cacheScript = `
const { writeFileSync } = require("fs");
const { runWithCodeCache } = require("./load-actions.js");
const { exports: actions, script } = runWithCodeCache(require("path").resolve("actions.js"));
process.stdout.write = () => true;
actions
  .calc(process.argv[1], { check: true, quiet: true })
  .then(() => writeFileSync(require("path").resolve("actions.cache"), script.createCachedData()));
`;

async function main() {
  await build({
    // Built files are JavaScript, named in kebab-case: src/cli/loadActions.ts -> load-actions.js
    // (main.js bundles its own copy; the code-cache step below requires this one).
    entryPoints: [
      { in: "main", out: "main" },
      { in: "actions", out: "actions" },
      { in: "loadActions", out: "load-actions" },
    ].map((e) => ({ in: path.join(root, `src/cli/${e.in}.ts`), out: e.out })),
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["./actions"],
    minify: true, // a third less to parse at start-up
    keepNames: true,
    logLevel: "warning",
  });
  chmodSync(path.join(outdir, "main.js"), 0o755);
  const template = path.join(root, "assets/templates/tyollisyysalue.fi.xlsx");
  const made = spawnSync(process.execPath, ["-e", cacheScript, template], {
    cwd: outdir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Without the cache the CLI works as well, only starts slower: never fail an install for it.
  if (made.status !== 0) process.stderr.write("build-cli: no code cache made (start-up slower)\n");
}

main().catch((e) => {
  process.stderr.write(`build-cli: ${e.message}\n`);
  process.exitCode = 1;
});
