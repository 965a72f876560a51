import { existsSync, readFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";

type Actions = typeof import("./actions");

/** The built commands and their V8 code cache (made by scripts/build-cli.js), beside main.js. */
export const ACTIONS_FILE = "actions.js";
export const ACTIONS_CACHE = "actions.cache";

/**
 * Compiles and runs a CommonJS file as `require` would, with V8 code cache data: what Node 22
 * does itself with `module.enableCompileCache()`. Returns the module's exports and the
 * compiled script (for making the cache).
 */
export function runWithCodeCache(
  file: string,
  cachedData?: Buffer
): { exports: unknown; script: Script } {
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), {
    filename: file,
    cachedData,
  });
  const mod = { exports: {} as unknown };
  const local = Module.createRequire(file);
  (script.runInThisContext() as (...a: unknown[]) => void)(
    mod.exports,
    local,
    mod,
    file,
    join(file, "..")
  );
  return { exports: mod.exports, script };
}

/**
 * Loads the commands only when one runs. Built, they are compiled from the code cache (about
 * 200 ms less to start on Node 20; a cache from another Node version is rejected by V8 and the
 * file is simply compiled). From source (tests, tsx), a plain require.
 */
export function loadActions(dir: string): Actions {
  const file = join(dir, ACTIONS_FILE);
  const cache = join(dir, ACTIONS_CACHE);
  if (!existsSync(file) || !existsSync(cache)) return require("./actions") as Actions;
  return runWithCodeCache(file, readFileSync(cache)).exports as Actions;
}
