/**
 * Size budgets of issue 7 on the built add-in (dist/, after `npm run build`): the task pane's
 * initial JavaScript ≤ 200 KB and the functions bundle ≤ 30 KB, gzip level 9 (Node's zlib;
 * 1 KB = 1024 bytes; see scripts/bundle-size.ts for what counts). Sizes are deterministic, so
 * they are asserted (times are only reported, by `npm run bench`). Without a build this fails
 * with "run `npm run build` first". SECURITY_DIST=<folder> checks another build.
 */
import path from "path";
import { BUDGETS, bundleSizes } from "../../scripts/bundle-size";

const DIST = process.env.SECURITY_DIST ?? path.resolve(__dirname, "../../dist");

describe("size budgets (gzip -9)", () => {
  it(`task pane initial JavaScript ≤ ${BUDGETS.taskpane} bytes; functions bundle ≤ ${BUDGETS.functions} bytes`, () => {
    const sizes = bundleSizes(DIST);
    console.log(
      `bundle sizes (gzip -9): taskpane ${sizes.taskpane} B, functions ${sizes.functions} B; ${sizes.scripts.map((s) => `${s.file}=${s.gzipBytes}`).join(", ")}`
    );
    expect(sizes.scripts.filter((s) => s.role === "taskpane").length).toBeGreaterThan(0);
    expect({ taskpane: sizes.taskpane <= BUDGETS.taskpane ? "within" : sizes.taskpane }).toEqual({
      taskpane: "within",
    });
    expect({
      functions: sizes.functions <= BUDGETS.functions ? "within" : sizes.functions,
    }).toEqual({ functions: "within" });
  });
});
