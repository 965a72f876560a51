/**
 * The bad-input matrix of issue 7: every catalogue function × every kind of malformed
 * argument (test/fixtures/hostile/malformed.ts), through the adapters with Excel-shaped
 * arguments and out through `toExcel` as Excel sees it. Each must be an error (#VALUE!, or
 * #N/A for an unknown municipality) whose message names the broken argument with the name
 * the user sees in IntelliSense (the catalogue entries' fi/sv names), never a value.
 */
import { adapters } from "../../src/functions/adapters";
import type { ExcelArg } from "../../src/functions/excelValue";
import { toExcel } from "../../src/functions/toExcel";
import { CATALOGUE as ENTRIES } from "../../src/functions/catalogue";
import { CATALOGUE } from "../fixtures/hostile/catalogue";
import { BAD_CASES, type BadCase } from "../fixtures/hostile/malformed";

const OFFICE_LANGUAGE = { en: "en-US", fi: "fi-FI", sv: "sv-SE" } as const;

const call = (c: Pick<BadCase, "fn" | "args">) =>
  (adapters[c.fn] as (...a: ExcelArg[]) => ReturnType<(typeof adapters)["LABOURFORCE"]>)(...c.args);

/** The label of `param` of `fn` in a language (English: the id itself), from its catalogue entry. */
function label(lang: "en" | "fi" | "sv", fn: string, param: string): string {
  const p = ENTRIES.find((e) => e.id === fn)!.parameters.find((q) => q.id === param)!;
  return lang === "en" ? param : p.name[lang];
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
  it("covers every catalogue function, each with a valid call for every parameter", () => {
    expect([...new Set(BAD_CASES.map((c) => c.fn))]).toEqual(ENTRIES.map((e) => e.id));
    for (const f of CATALOGUE) expect(f.valid).toHaveLength(f.params.length);
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
