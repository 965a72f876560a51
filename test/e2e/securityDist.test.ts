/**
 * The built add-in (dist/, after `npm run build`) against its security and size budgets:
 * - the Content-Security-Policy of taskpane.html: no inline script, no eval, connections
 *   only to its own origin; no inline event handlers; scripts only from the add-in's origin;
 * - no eval / new Function / Function(…) / string timers in the add-in's own bundles. Microsoft's
 *   office.js files, copied unmodified from @microsoft/office-js, are listed, not judged.
 * - every URL in dist/manifest.xml and functions*.json is on the task pane's origin.
 * Size budgets: securityBudgets.test.ts. Without a build every test here fails with "run `npm run build` first".
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { requireProductionBuild } from "../../scripts/bundleSize";

const DIST = process.env.SECURITY_DIST ?? path.resolve(__dirname, "../../dist");
const OFFICE_JS = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const requireDist = () => requireProductionBuild(DIST);

/** The directives of a CSP string: name → sources. */
export function parseCsp(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...src]) => [name.toLowerCase(), src])
  );
}

describe("taskpane.html", () => {
  let html = "";
  beforeAll(() => {
    requireDist();
    html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  });

  it("has exactly one CSP: scripts and connections only from its own origin, no inline script, no eval", () => {
    const metas = [
      ...html.matchAll(
        /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/gi
      ),
    ].map((m) => m[1]);
    expect(metas).toHaveLength(1);
    const csp = parseCsp(metas[0]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    for (const [name, sources] of Object.entries(csp)) {
      expect({
        name,
        unsafeEval: sources.includes("'unsafe-eval'"),
        wasm: sources.includes("'wasm-unsafe-eval'"),
      }).toEqual({ name, unsafeEval: false, wasm: false });
      expect({
        name,
        wildcard: sources.some((s) => s === "*" || s === "http:" || s === "https:"),
      }).toEqual({ name, wildcard: false });
    }
  });

  it("has no inline script and no inline event handler; every script is a relative (same-origin) file", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const [, attrs, body] of scripts) {
      expect(body.trim()).toBe("");
      const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1] ?? "";
      expect(src).toMatch(/^[\w.-]+\.js$/);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});

const SINKS: [string, RegExp][] = [
  ["eval(", /(^|[^.\w$])eval\s*\(/g],
  ["new Function(", /new\s+Function\s*\(/g],
  ["Function(…) called without new", /(?<!new\s*)(?<![.\w$])Function\s*\(\s*["'`]/g],
  ["string timer", /set(?:Timeout|Interval)\s*\(\s*["'`]/g],
];

/** Every hit of the sinks in `file`, with 60 characters of context. */
function sinkHits(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return SINKS.flatMap(([name, re]) =>
    [...code.matchAll(re)].map(
      (m) =>
        `${path.basename(file)} @${m.index}: ${name} …${code.slice(Math.max(0, m.index! - 60), m.index! + 60).replace(/\s+/g, " ")}…`
    )
  );
}

describe("no eval in the production bundles", () => {
  const ours = () =>
    readdirSync(DIST).filter((f) => f.endsWith(".js") && !existsSync(path.join(OFFICE_JS, f)));
  const microsoft = () =>
    readdirSync(DIST).filter((f) => f.endsWith(".js") && existsSync(path.join(OFFICE_JS, f)));
  beforeAll(requireDist);

  it("the add-in's own bundles (functions, task pane and every lazy chunk) contain none", () => {
    const files = ours();
    expect(files).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(files.flatMap((f) => sinkHits(path.join(DIST, f)))).toEqual([]);
  });

  it("Microsoft's office.js files are unmodified copies of @microsoft/office-js (their hits are listed)", () => {
    const files = microsoft();
    expect(files).toContain("office.js");
    for (const f of files)
      expect(readFileSync(path.join(DIST, f)).equals(readFileSync(path.join(OFFICE_JS, f)))).toBe(
        true
      );
    const hits = files
      .filter((f) => !f.includes(".debug.") && !f.includes("vsdoc"))
      .flatMap((f) => sinkHits(path.join(DIST, f)));
    console.log(
      `office.js family (${files.length} files, Microsoft's): ${hits.length} eval-like hits outside .debug/vsdoc files${hits.length ? `:\n${hits.join("\n")}` : ""}`
    );
  });
});

describe("what the built add-in points Office at", () => {
  beforeAll(requireDist);
  it("dist/manifest.xml and functions*.json name one origin only (the task pane's)", () => {
    const manifest = readFileSync(path.join(DIST, "manifest.xml"), "utf8").replace(
      /<!--[\s\S]*?-->/g,
      ""
    );
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(source).toBeDefined();
    const origin = new URL(source!).origin;
    const urls = [...manifest.matchAll(/"(https?:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map(
      (m) => m[1] ?? m[2]
    );
    for (const f of readdirSync(DIST).filter((x) => /^functions(-\w+)?\.json$/.test(x))) {
      urls.push(
        ...[...readFileSync(path.join(DIST, f), "utf8").matchAll(/"(https?:\/\/[^"]+)"/g)].map(
          (m) => m[1]
        )
      );
    }
    expect(urls.length).toBeGreaterThan(20);
    expect(
      urls.filter(
        (u) =>
          new URL(u).origin !== origin &&
          !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u)
      )
    ).toEqual([]);
  });
});
