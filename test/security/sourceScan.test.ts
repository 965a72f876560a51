/**
 * A static review of src/: no HTML or code sinks (innerHTML, document.write, eval, new
 * Function, string timers), and every place that can reach the network is one of the
 * reviewed call sites below, each fetching a file emitted beside the bundle (same origin).
 * A new call site fails this test until it is reviewed and listed.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js|html)$/.test(f) ? [p] : [];
  });
}

const SOURCES = files(SRC).map((p) => ({
  file: path.relative(SRC, p).split(path.sep).join("/"),
  code: readFileSync(p, "utf8"),
}));

/** Hits of `re` as "file:line: text". */
function hits(re: RegExp): string[] {
  return SOURCES.flatMap(({ file, code }) =>
    code
      .split("\n")
      .flatMap((line, i) =>
        re.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []
      )
  );
}

describe("src/ has no HTML or code-execution sinks", () => {
  it.each([
    ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
    ["innerHTML / outerHTML assignment", /\.(inner|outer)HTML\s*=/],
    ["insertAdjacentHTML", /insertAdjacentHTML/],
    ["document.write", /document\.write/],
    ["eval", /(^|[^.\w$])eval\s*\(/],
    ["new Function", /new\s+Function\s*\(/],
    ["string timers", /set(Timeout|Interval)\s*\(\s*["'`]/],
  ])("%s", (_, re) => {
    expect(hits(re)).toEqual([]);
  });

  it("scans the whole tree (core, functions, engine, host, taskpane, templates, cli)", () => {
    const rooms = new Set(SOURCES.map((s) => s.file.split("/")[0]));
    expect([...rooms].filter((r) => !r.includes("."))).toEqual(
      expect.arrayContaining([
        "core",
        "functions",
        "engine",
        "host",
        "taskpane",
        "templates",
        "cli",
      ])
    );
  });
});

/** Reviewed network call sites: file → what it fetches. Both are files webpack emits beside the bundle. */
const REVIEWED: Record<string, string> = {
  "taskpane/templates/useTemplates.ts":
    "fetch(url): a template .xlsx from TEMPLATE_URLS (new URL(…, import.meta.url))",
  "taskpane/map/mapData.ts": 'fetch(new URL("…/kunnat_2025_map.geojson", import.meta.url))',
  "taskpane/wizard/presets/loadKnownAreas.ts":
    'fetch(new URL("…/tyollisyysalueet_2025_tunnetut.csv", import.meta.url)): the bundled presets',
};

describe("every network call site in src/ is reviewed", () => {
  it("fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon appear only where reviewed", () => {
    const found = hits(/\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|EventSource|sendBeacon/).map(
      (h) => h.split(":")[0]
    );
    expect([...new Set(found)].sort()).toEqual(Object.keys(REVIEWED).sort());
  });

  it("dynamic imports load only the add-in's own modules (relative specifiers)", () => {
    expect(hits(/\bimport\s*\(\s*(\/\*[^*]*\*\/\s*)?["'`](?!\.{1,2}\/)/)).toEqual([]);
  });

  it("template URLs are all resolved against the bundle (same origin), none absolute", () => {
    const urls = SOURCES.find((s) => s.file === "taskpane/templates/templateUrls.ts")?.code ?? "";
    const entries = [...urls.matchAll(/new URL\(\s*"([^"]+)"\s*,\s*import\.meta\.url\s*\)/g)].map(
      (m) => m[1]
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries)
      expect(e).toMatch(/^\.\.\/\.\.\/\.\.\/assets\/templates\/[\w.]+\.xlsx$/);
  });
});
