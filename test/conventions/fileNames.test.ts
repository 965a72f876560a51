/**
 * One file-naming convention per language (issue 12, item 6):
 * - TypeScript: named after the main export in camelCase (`readWorkbook.ts`), PascalCase for
 *   React components and type-only modules named after a type (`WorkbookHost.ts`); tests are
 *   `<source>.test.ts`. No kebab-case or snake_case. A `.d.ts` that declares a JavaScript file
 *   beside it takes that file's name (`check-manifest.d.ts` for `check-manifest.js`).
 * - JavaScript (build scripts, configs): kebab-case (`build-cli.js`, `jest.e2e.config.js`).
 */
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SKIP = new Set(["node_modules", "__snapshots__", "dist"]);

/** Names kept, each with its reason (none today: the list can only shrink). */
const ALLOWED: Readonly<Record<string, string>> = {};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return SKIP.has(f) ? [] : files(p);
    return [path.relative(ROOT, p).split(path.sep).join("/")];
  });
}

const TS = /\.(ts|tsx)$/;
/** camelCase or PascalCase words, then dotted parts (`App.styles`, `calc.test`, `data.generated`). */
const TS_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*\.(ts|tsx)$/;
const JS = /\.(js|mjs|cjs)$/;
const JS_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(js|mjs|cjs)$/;

/** A declaration of the JavaScript file beside it (`csp.d.ts` for `csp.js`). */
const declaresJs = (file: string) =>
  file.endsWith(".d.ts") && existsSync(path.join(ROOT, file.replace(/\.d\.ts$/, ".js")));

/** The files under `dirs` whose names break the convention of their language. */
function misnamed(all: readonly string[]): string[] {
  return all.filter((f) => {
    const name = path.posix.basename(f);
    if (TS.test(name)) return !TS_NAME.test(name) && !declaresJs(f) && !(f in ALLOWED);
    // JavaScript is checked where it is ours to name: build scripts and the root's configs.
    if (JS.test(name) && (f.startsWith("scripts/") || !f.includes("/"))) return !JS_NAME.test(name);
    return false;
  });
}

describe("file names follow one convention per language", () => {
  const ours = [
    ...["src", "test", "scripts", "bench"].flatMap((d) => files(path.join(ROOT, d))),
    ...readdirSync(ROOT).filter((f) => statSync(path.join(ROOT, f)).isFile()),
  ];

  test("TypeScript in camelCase or PascalCase, JavaScript in kebab-case", () => {
    expect(ours.length).toBeGreaterThan(100);
    expect(misnamed(ours)).toEqual([]);
  });

  test("the check refuses kebab-case TypeScript and camelCase build scripts", () => {
    expect(
      misnamed([
        "src/cli/read-workbook.ts",
        "test/cli/same-value.test.ts",
        "src/cli/readWorkbook.ts",
        "src/host/WorkbookHost.ts",
        "src/taskpane/App.styles.ts",
        "scripts/buildCli.js",
        "scripts/build-cli.js",
        "scripts/csp.d.ts",
      ])
    ).toEqual(["src/cli/read-workbook.ts", "test/cli/same-value.test.ts", "scripts/buildCli.js"]);
  });

  test("every allowed exception still exists (remove it from the list once renamed)", () => {
    expect(Object.keys(ALLOWED).filter((f) => !existsSync(path.join(ROOT, f)))).toEqual([]);
  });
});
