import type { Locale, Result } from "../../core";
import type { ExcelResult } from "../excelValue";
import type { ParsedKinds } from "../parseArg";
import type { SpillSize } from "./spillSize";

/**
 * What a parameter holds; it decides how the argument is parsed (see parseArg.ts) and how
 * it can be malformed. A plural kind is one row or column: counts = whole people ≥ 0,
 * moneys = euros ≥ 0, ratios = fractions 0..1, positives = figures > 0. Singular: count,
 * money (euros in whole cents ≥ 0), euros (≥ 0), ratio (0..1), change (−1..1), positive
 * (> 0), whole (years, days), model (benefit model year), amount (a total to split in
 * steps). criteria = an n×k block of figures ≥ 0; names/name = municipalities; pairs = an
 * n×2 block of names; field = a fixed text choice; bands = a 3-column band table.
 */
export type Kind = keyof ParsedKinds;

/** One parameter: its id (the English name), kind, default and localized names. */
export interface Parameter {
  readonly id: string;
  readonly kind: Kind;
  readonly optional?: boolean;
  /** The value the core uses when the argument is omitted (for the help texts). */
  readonly defaultValue?: number | string;
  /** A list whose length must match another list parameter's. */
  readonly pairedWith?: string;
  /** The name IntelliSense shows in Finnish and Swedish (English: the id). */
  readonly name: Readonly<Record<Exclude<Locale, "en">, string>>;
}

/** How the result is rounded: not at all, down to whole cents or units, to the cent (half away from zero), by largest remainder (parts add up exactly), or up to whole steps. */
export type Rounding =
  "none" | "whole-down" | "cents" | "cents-down" | "largest-remainder" | "step-up";

/** What a result counts: people, euros, FTE, years, a fraction or ratio, an amount in the caller's unit, a number given to each row (an area), a truth value, text or a band table. */
export type Unit =
  | "people"
  | "euros"
  | "fte"
  | "years"
  | "fraction"
  | "ratio"
  | "amount"
  | "index"
  | "truth"
  | "text"
  | "table";

interface ResultBase {
  readonly type?: "number" | "boolean" | "string";
  readonly unit: Unit;
  readonly rounding: Rounding;
}

/**
 * The result: one value of a type, or a list/table that spills, with the size it takes
 * (from the arguments, see spillSize.ts); its unit and rounding.
 */
export type ResultSpec<P extends readonly Parameter[] = readonly Parameter[]> =
  | (ResultBase & { readonly shape: "scalar" })
  | (ResultBase & { readonly shape: "spill"; readonly size: SpillSize<P> });

/** The parsed value of one parameter. */
export type Arg<P> = P extends { readonly kind: infer K extends Kind; readonly optional: true }
  ? ParsedKinds[K] | undefined
  : P extends { readonly kind: infer K extends Kind }
    ? ParsedKinds[K]
    : never;

/** The parsed arguments of a parameter list, in order. */
export type Args<P extends readonly Parameter[]> = { -readonly [I in keyof P]: Arg<P[I]> };

/** One catalogue function: declared once, as data, with the one line that calls the core. */
export interface FunctionEntry<Id extends string = string> {
  readonly id: Id;
  readonly parameters: readonly Parameter[];
  readonly result: ResultSpec;
  /** The parsed arguments -> the core -> an Excel value (or the core's error). */
  readonly compute: (...args: never[]) => Result<ExcelResult>;
}

/** Declares a function; `compute` gets the arguments parsed to the types of their kinds. */
export function defineFunction<const Id extends string, const P extends readonly Parameter[]>(e: {
  readonly id: Id;
  readonly parameters: P;
  readonly result: ResultSpec<P>;
  readonly compute: (...args: Args<P>) => Result<ExcelResult>;
}): FunctionEntry<Id> {
  return e as unknown as FunctionEntry<Id>;
}

type ByLocale = Readonly<Record<Locale, string>>;

/**
 * A function's texts for IntelliSense and the help pages (kept out of the functions bundle:
 * only the build reads them). English names are the ids. A parameter with a default gets
 * "Default <value>[ <defaultNote>]." appended, from its `defaultValue`.
 */
export interface FunctionText {
  readonly name: Readonly<Record<Exclude<Locale, "en">, string>>;
  readonly description: ByLocale;
  readonly parameters: Readonly<Record<string, ParameterText>>;
}

/** One parameter's help in each language, and a note after its default ("(cents)"). */
export type ParameterText = ByLocale & { readonly defaultNote?: ByLocale };
