/**
 * Size budgets on the built add-in (dist/, after `npm run build`), gzip level 9 (Node's zlib;
 * 1 KB = 1024 bytes; see scripts/bundleSize.ts for what counts): the first screen (the
 * page's scripts and the wizard's start chunks) ≤ 224 KB — 242 KB before the shared chunk,
 * target 170 KB (issue 12), reported by `npm run bench` — the task pane entry ≤ 175 KB and
 * the functions entry ≤ 40 KB, each with the runtime and the chunk they share. Sizes are
 * deterministic, so they are asserted (times are only reported, by `npm run bench`). And the
 * code both entries use is loaded once: no source file of the first screen is in two of its
 * scripts (read from the source maps the build writes). Without a build this fails with
 * "run `npm run build` first". SECURITY_DIST=<folder> checks another build.
 */
import { readFileSync } from "fs";
import path from "path";
import { BUDGETS, bundleSizes } from "../../scripts/bundleSize";

const DIST = process.env.SECURITY_DIST ?? path.resolve(__dirname, "../../dist");

describe("size budgets (gzip -9)", () => {
  const sizes = bundleSizes(DIST);
  const ours = sizes.scripts.filter((s) => s.role !== "office");

  it(`first screen ≤ ${BUDGETS.firstScreen} B; task pane entry ≤ ${BUDGETS.taskpane} B; functions entry ≤ ${BUDGETS.functions} B`, () => {
    console.log(
      `bundle sizes (gzip -9): first screen ${sizes.firstScreen} B, taskpane ${sizes.taskpane} B, functions ${sizes.functions} B; ${ours.map((s) => `${s.file}=${s.gzipBytes}`).join(", ")}`
    );
    expect(ours.map((s) => s.file)).toEqual(
      expect.arrayContaining(["runtime.js", "shared.js", "functions.js", "taskpane.js"])
    );
    const over = (name: keyof typeof BUDGETS) =>
      sizes[name] <= BUDGETS[name] ? "within" : sizes[name];
    expect({
      firstScreen: over("firstScreen"),
      taskpane: over("taskpane"),
      functions: over("functions"),
    }).toEqual({ firstScreen: "within", taskpane: "within", functions: "within" });
  });

  it("loads each source file once: the core and zod/mini sit in the shared chunk only", () => {
    const where = new Map<string, string[]>();
    for (const s of ours) {
      const map = JSON.parse(readFileSync(path.join(DIST, `${s.file}.map`), "utf8")) as {
        sources: string[];
      };
      for (const src of map.sources.filter((x) => !/webpack\/(runtime|bootstrap)/.test(x)))
        where.set(src, [...(where.get(src) ?? []), s.file]);
    }
    const twice = [...where].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
    const core = [...where].filter(([src]) => /src\/core\//.test(src));
    expect(core.length).toBeGreaterThan(20);
    expect(new Set(core.flatMap(([, files]) => files))).toEqual(new Set(["shared.js"]));
    const zod = [...where].filter(([src]) => /node_modules\/zod\//.test(src));
    expect(zod.length).toBeGreaterThan(0);
    expect(new Set(zod.flatMap(([, files]) => files))).toEqual(new Set(["shared.js"]));
  });
});
