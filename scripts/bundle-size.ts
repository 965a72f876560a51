/**
 * Gzip sizes of the add-in's production JavaScript, measured on a built `dist/`
 * (`npm run build` first). Shared by the benchmark and the size-budget test.
 * Run alone: `npx tsx scripts/bundle-size.ts [dist]`.
 *
 * - "taskpane": every script that `taskpane.html` loads at start, except the custom
 *   functions bundle (own budget) and Microsoft's office.js (copied, not ours). Lazy chunks
 *   (the map, the preview engine) are loaded later and are not counted.
 * - "functions": the custom functions bundle `functions.js`.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";

/** Budgets in bytes of gzip -9 output (1 KB = 1024 bytes), from issue 7. */
export const BUDGETS = { taskpane: 200 * 1024, functions: 30 * 1024 } as const;

/** One measured script. */
export interface ScriptSize {
  readonly file: string;
  readonly role: "taskpane" | "functions" | "office";
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleSizes {
  readonly taskpane: number;
  readonly functions: number;
  readonly scripts: readonly ScriptSize[];
}

/** Raised when dist/ has not been built: the message says what to run. */
export class DistMissingError extends Error {
  constructor(file: string) {
    super(
      `${file} not found: run \`npm run build\` first (bundle sizes are measured on the production build)`
    );
    this.name = "DistMissingError";
  }
}

/** Raised when dist/ holds a development build (its CSP admits the dev server's websocket). */
export class DevelopmentBuildError extends Error {
  constructor(dist: string) {
    super(
      `${dist} holds a development build (npm run build:dev or npm start): run \`npm run build\` for the production bundles`
    );
    this.name = "DevelopmentBuildError";
  }
}

/** Throws unless `dist` holds a production build: taskpane.html present, without the dev CSP. */
export function requireProductionBuild(dist: string): void {
  const html = path.join(dist, "taskpane.html");
  if (!existsSync(html)) throw new DistMissingError(html);
  if (/ws:\/\/localhost/.test(readFileSync(html, "utf8"))) throw new DevelopmentBuildError(dist);
}

/** The `src` of every `<script>` in an HTML page, in order (quoted or unquoted attribute). */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=("([^"]*)"|'([^']*)'|([^\s>]+))/gi))
    out.push(m[2] ?? m[3] ?? m[4]);
  return out;
}

/** What a script of taskpane.html is, by its file name. */
export function roleOf(src: string): ScriptSize["role"] {
  const name = path.posix.basename(src.split(/[?#]/)[0]);
  if (name === "office.js" || /^https?:/i.test(src)) return "office";
  return /^functions(\.[0-9a-f]+)?\.js$/.test(name) ? "functions" : "taskpane";
}

/** Bytes of `buf` after gzip at level 9. */
export const gzipSize = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;

/** Measures the initial scripts of `dist/taskpane.html`; throws without a production build. */
export function bundleSizes(dist: string): BundleSizes {
  requireProductionBuild(dist);
  const html = path.join(dist, "taskpane.html");
  const scripts = scriptSources(readFileSync(html, "utf8")).map((src): ScriptSize => {
    const role = roleOf(src);
    const file = path.join(dist, src.split(/[?#]/)[0]);
    if (role !== "office" && !existsSync(file)) throw new DistMissingError(file);
    const buf = role === "office" ? Buffer.alloc(0) : readFileSync(file);
    return { file: src, role, bytes: buf.length, gzipBytes: role === "office" ? 0 : gzipSize(buf) };
  });
  const sum = (role: ScriptSize["role"]) =>
    scripts.filter((s) => s.role === role).reduce((a, s) => a + s.gzipBytes, 0);
  if (!scripts.some((s) => s.role === "functions"))
    throw new Error(`${html} loads no functions.js: the shared runtime needs it`);
  return { taskpane: sum("taskpane"), functions: sum("functions"), scripts };
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? "dist");
  const sizes = bundleSizes(dist);
  for (const s of sizes.scripts)
    console.log(
      `${s.role.padEnd(10)} ${s.file.padEnd(24)} ${String(s.bytes).padStart(9)} B  gzip ${s.gzipBytes} B`
    );
  console.log(
    `taskpane initial: ${sizes.taskpane} B gzip (budget ${BUDGETS.taskpane}); functions: ${sizes.functions} B gzip (budget ${BUDGETS.functions})`
  );
}
