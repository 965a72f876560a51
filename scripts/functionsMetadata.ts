// Excel's custom-functions metadata (functions.json, functions-fi.json, functions-sv.json),
// generated from the catalogue entries (src/functions/catalogue) in the hand-written JSON
// format Microsoft documents for localized custom functions. Read by the webpack build
// (scripts/functions-build.js) and by the tests.
import { readdirSync } from "fs";
import { join } from "path";
import type { Locale } from "../src/core";
import { CATALOGUE, type FunctionText, type Parameter } from "../src/functions/catalogue";
import { takesRange } from "../src/functions/parseArg";

/** The development base URL; the build rewrites it to ADDIN_BASE_URL. */
export const DEV_BASE_URL = "https://localhost:3000";

const CATALOGUE_DIR = join(__dirname, "../src/functions/catalogue");

/**
 * Each function's texts by id: the `text` export of every file in the catalogue folder
 * beside its `entry` (found by reading the folder, so no second list names them).
 */
export function catalogueTexts(): Record<string, FunctionText> {
  const texts: Record<string, FunctionText> = {};
  for (const file of readdirSync(CATALOGUE_DIR).sort()) {
    if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
    const m = require(join(CATALOGUE_DIR, file)) as { entry?: { id: string }; text?: FunctionText };
    if (m.entry && m.text) texts[m.entry.id] = m.text;
  }
  return texts;
}

const DEFAULT_WORD: Record<Locale, string> = { en: "Default", fi: "Oletus", sv: "Standard" };

/** A default as the language writes it: 0.95 in English, 0,95 in Finnish and Swedish, "fi" quoted. */
export function showDefault(value: number | string, lang: Locale): string {
  if (typeof value === "string") return `"${value}"`;
  return lang === "en" ? String(value) : String(value).replace(".", ",");
}

type ParamText = FunctionText["parameters"][string];

/** A parameter's description with its default appended ("… Default 0.95."). */
export function parameterDescription(p: Parameter, t: ParamText, lang: Locale): string {
  if (p.defaultValue === undefined) return t[lang];
  const note = t.defaultNote ? ` ${t.defaultNote[lang]}` : "";
  return `${t[lang]} ${DEFAULT_WORD[lang]} ${showDefault(p.defaultValue, lang)}${note}.`;
}

/** Every fault of the texts against the entries: a missing or extra function or parameter. */
export function textProblems(texts: Readonly<Record<string, FunctionText>>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>(CATALOGUE.map((e) => e.id));
  for (const id of Object.keys(texts))
    if (!ids.has(id)) problems.push(`${id} is not in the catalogue`);
  for (const e of CATALOGUE) {
    const t = texts[e.id];
    if (!t) {
      problems.push(`${e.id} has no texts`);
      continue;
    }
    const params = e.parameters.map((p) => p.id);
    for (const p of params) if (!t.parameters[p]) problems.push(`${e.id}(${p}) has no description`);
    for (const p of Object.keys(t.parameters))
      if (!params.includes(p)) problems.push(`${e.id}(${p}) is not a parameter`);
  }
  return problems;
}

/** The metadata in one language, with help URLs under `baseUrl`. Throws when a text is missing. */
export function functionsMetadata(
  lang: Locale,
  baseUrl: string = DEV_BASE_URL,
  texts: Readonly<Record<string, FunctionText>> = catalogueTexts()
) {
  const problems = textProblems(texts);
  if (problems.length > 0) throw new Error(`Catalogue texts do not fit:\n${problems.join("\n")}`);
  const base = baseUrl.replace(/\/+$/, "");
  return {
    allowCustomDataForDataTypeAny: true,
    functions: CATALOGUE.map((e) => {
      const t = texts[e.id];
      return {
        description: t.description[lang],
        helpUrl: `${base}/help/${lang}/${e.id}.html`,
        id: e.id,
        name: lang === "en" ? e.id : t.name[lang],
        parameters: e.parameters.map((p) => ({
          description: parameterDescription(p, t.parameters[p.id], lang),
          ...(takesRange(p.kind) ? { dimensionality: "matrix" } : {}),
          name: lang === "en" ? p.id : p.name[lang],
          ...(p.optional ? { optional: true } : {}),
          type: "any",
        })),
        result: e.result.shape === "spill" ? { dimensionality: "matrix" } : { type: e.result.type },
      };
    }),
    allowErrorForDataTypeAny: true,
  };
}

/** The metadata of every language. */
export function metadataByLang(baseUrl?: string) {
  return {
    en: functionsMetadata("en", baseUrl),
    fi: functionsMetadata("fi", baseUrl),
    sv: functionsMetadata("sv", baseUrl),
  };
}
