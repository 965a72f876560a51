import { callsAddin } from "../../core";
/**
 * Replaces the add-in's formulas in one worksheet part by their cached values. A formula is
 * the add-in's when its text calls TYOALUE (`_xldudf_TYOALUE_X(` as Excel saves it, or
 * `TYOALUE.X(`); shared-formula children of such a master go too. The cached `<v>` stays;
 * a cached text result becomes an inline string; the dynamic-array marker `cm` is dropped.
 */

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
/** The text of an <f> element as Excel reads it (the five XML entities decoded). */
const formulaText = (xml: string): string =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : "&"
  );
const ADDIN = { test: (xml: string): boolean => callsAddin(formulaText(xml)) };

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Result of stripping one sheet: the new XML and how many formulas were replaced. */
export interface StrippedSheet {
  readonly xml: string;
  readonly replaced: number;
}

/** Strips the add-in's formulas from one worksheet part's XML. */
export function stripAddinFormulas(xml: string): StrippedSheet {
  const sharedIds = new Set<string>();
  for (const m of xml.matchAll(new RegExp(FORMULA, "g"))) {
    const si = attr(m[1], "si");
    if (si !== undefined && m[2] !== undefined && ADDIN.test(m[2])) sharedIds.add(si);
  }
  let replaced = 0;
  const out = xml.replace(CELL, (whole, attrs: string, body: string | undefined) => {
    if (body === undefined) return whole;
    const f = FORMULA.exec(body);
    if (!f) return whole;
    const ours =
      (f[2] !== undefined && ADDIN.test(f[2])) ||
      (attr(f[1], "t") === "shared" && sharedIds.has(attr(f[1], "si") ?? ""));
    if (!ours) return whole;
    replaced++;
    let rest = body.replace(FORMULA, "");
    let cellAttrs = attrs.replace(/\s+cm="[^"]*"/, "");
    if (attr(cellAttrs, "t") === "str") {
      const v = /<v>([\s\S]*?)<\/v>/.exec(rest)?.[1] ?? "";
      rest = rest.replace(/<v>[\s\S]*?<\/v>/, `<is><t xml:space="preserve">${v}</t></is>`);
      cellAttrs = cellAttrs.replace(/\bt="str"/, 't="inlineStr"');
    }
    return rest.length ? `<c${cellAttrs}>${rest}</c>` : `<c${cellAttrs}/>`;
  });
  return { xml: out, replaced };
}
