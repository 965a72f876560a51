import { readFileSync } from "node:fs";
import { TEMPLATE_CATALOG, TEMPLATE_LANGS } from "../../../src/templates/catalog";

/*
 * templateUrls.ts uses import.meta (ESM, for webpack), which jest's CommonJS cannot load, so
 * its table is checked as text: one webpack asset URL per template and language, each
 * pointing at the committed file of the same name.
 */
describe("TEMPLATE_URLS", () => {
  const source = readFileSync("src/taskpane/templates/templateUrls.ts", "utf8");
  const entries = [
    ...source.matchAll(
      /"([a-z]+\.(?:fi|sv))": new URL\(\s*"\.\.\/\.\.\/\.\.\/(assets\/templates\/[^"]+)",\s*import\.meta\.url\s*\)/g
    ),
  ];

  it("has exactly one entry per template and language", () => {
    const want = TEMPLATE_CATALOG.flatMap((t) =>
      TEMPLATE_LANGS.map((l) => `${t.name}.${l}`)
    ).sort();
    expect(entries.map((e) => e[1]).sort()).toEqual(want);
  });

  it("points every entry at its own committed .xlsx", () => {
    for (const [, key, path] of entries) {
      expect(path).toBe(`assets/templates/${key}.xlsx`);
      expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
    }
  });
});
