/**
 * The bad-input matrix of issue 7: every catalogue function × every kind of malformed
 * argument (test/fixtures/hostile/malformed.ts), through the adapters with Excel-shaped
 * arguments and out through `toExcel` as Excel sees it. Each must be an error (#VALUE!, or
 * #N/A for an unknown municipality) whose message names the broken argument with the name
 * the user sees in IntelliSense (src/functions/l10n/fi.json, sv.json), never a value.
 */
import fi from "../../src/functions/l10n/fi.json";
import sv from "../../src/functions/l10n/sv.json";
import { adapters } from "../../src/functions/adapters";
import type { ExcelArg } from "../../src/functions/excel-value";
import { toExcel } from "../../src/functions/to-excel";
import { CATALOGUE } from "../fixtures/hostile/catalogue";
import { BAD_CASES, type BadCase } from "../fixtures/hostile/malformed";

type Table = Record<string, { parameters: Record<string, { name: string }> }>;
const LABELS = { en: null, fi: fi as Table, sv: sv as Table } as const;
const OFFICE_LANGUAGE = { en: "en-US", fi: "fi-FI", sv: "sv-SE" } as const;

const call = (c: Pick<BadCase, "fn" | "args">) =>
  (adapters[c.fn] as (...a: ExcelArg[]) => ReturnType<(typeof adapters)["LABOURFORCE"]>)(...c.args);

/** The label of `param` of `fn` in a language (English: the id itself). */
function label(lang: keyof typeof LABELS, fn: string, param: string): string {
  const table = LABELS[lang];
  return table ? table[fn].parameters[param].name : param;
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("the valid baseline of every function computes (so each bad case breaks exactly one thing)", () => {
  it.each(CATALOGUE.map((f) => [f.id, f] as const))("%s", (_, fn) => {
    const r = call({ fn: fn.id, args: [...fn.valid] });
    expect(r.error).toBeUndefined();
    expect(r.ok).toBe(true);
  });
});

describe("every function refuses every malformed argument, naming it", () => {
  it("covers all 20 catalogue functions", () => {
    expect(new Set(BAD_CASES.map((c) => c.fn)).size).toBe(20);
    expect(CATALOGUE).toHaveLength(20);
  });

  it.each(BAD_CASES.map((c) => [c.fn, c.what, c] as const))("%s — %s", (_fn, _what, c) => {
    const r = call(c);
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    expect({ code: r.error?.code, names: c.names.includes(r.error?.arg ?? "") }).toEqual({
      code: c.code,
      names: true,
    });
    for (const lang of ["en", "fi", "sv"] as const) {
      (globalThis as { Office?: unknown }).Office = {
        context: { displayLanguage: OFFICE_LANGUAGE[lang] },
      };
      let thrown: unknown;
      try {
        toExcel(r);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(CustomFunctions.Error);
      const e = thrown as CustomFunctions.Error;
      expect(e.code).toBe(c.code);
      const named = c.names.some((p) => (e.message ?? "").includes(label(lang, c.fn, p)));
      expect({ lang, message: e.message, named }).toEqual({
        lang,
        message: e.message,
        named: true,
      });
    }
  });
});
