import { Model, benefitBands, neighbours, wholeNumber, MAX_HORIZON } from "../core";
import { adapters } from "../functions/adapters";
import type { ExcelArg } from "../functions/excel-value";

// How big a spilling catalogue function's result is, known before it is computed: from the
// shape of an argument (a column in, a column out) or, for the few whose size depends on a
// value, from that one scalar argument. HyperFormula reserves the cells from this when a
// formula is entered, so the function itself is evaluated only once.

/** A block's size in cells. */
export interface Extent {
  readonly width: number;
  readonly height: number;
}

/** What a size rule may ask about a call's arguments. */
export interface SizeInputs {
  /** The shape argument `i` will have (1×1 for a scalar or an omitted argument). */
  shape(i: number): Extent;
  /** The value of argument `i` when it can be known now (else undefined). */
  value(i: number): ExcelArg | undefined;
}

const ONE: Extent = { width: 1, height: 1 };
const column = (height: number): Extent => ({ width: 1, height: Math.max(1, height) });
const single = (v: ExcelArg | undefined) =>
  Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : undefined) : v;

const YEARS = wholeNumber(MAX_HORIZON);

/** The size rule of every catalogue function that spills, by id. */
export const spillSizes: Readonly<Record<string, (a: SizeInputs) => Extent>> = {
  PROJECTLABOURFORCE: (a) => {
    const years = single(a.value(2));
    return YEARS.test(years) ? column((years as number) + 1) : ONE;
  },
  NEIGHBOURS: (a) => {
    const m = single(a.value(0));
    const list = typeof m === "string" || typeof m === "number" ? neighbours(m) : undefined;
    return list?.ok ? column(list.value.length) : ONE;
  },
  MUNICIPALITY: (a) => a.shape(0),
  FORMAREAS: (a) => a.shape(0),
  // The list's length is the answer itself: known only by computing it, when the arguments are.
  SUGGESTMEMBERS: (a) => {
    const args = [0, 1, 2, 3, 4].map((i) => a.value(i));
    if (args.slice(0, 3).some((v) => v === undefined)) return ONE;
    const r = adapters.SUGGESTMEMBERS(...args.map((v) => v ?? null));
    const rows = r.ok && Array.isArray(r.value) ? (r.value as unknown[][]) : undefined;
    return rows ? { width: rows[0]?.length ?? 1, height: rows.length } : ONE;
  },
  SUBSIDYSHARES: (a) => a.shape(0),
  SUBSIDYALLOCATION: (a) => a.shape(1),
  ALLOCATE: (a) => column(a.shape(1).height),
  MEMBERPAYMENTS: (a) => a.shape(1),
  PAYMENTCAP: (a) => {
    const s = a.shape(0);
    return s.width > 1 && s.height > 1 ? { width: s.width, height: 1 } : ONE;
  },
  CAPHEADROOM: (a) => {
    const s = a.shape(0);
    return s.height === 1 && s.width > 1 ? { width: s.width, height: 1 } : ONE;
  },
  STAFFNEEDED: (a) => a.shape(0),
  STAFFALLOCATION: (a) => a.shape(1),
  BENEFITBANDS: (a) => {
    const m = single(a.value(0));
    const model = m === null || m === undefined || m === "" ? 2025 : m;
    return Model.test(model)
      ? { width: 3, height: benefitBands(model as number).value!.length }
      : ONE;
  },
};
