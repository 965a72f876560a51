import * as area from "./area";
import * as benefits from "./benefits";
import * as joint from "./joint";
import * as registry from "./registry";
import * as staffing from "./staffing";
import * as subsidy from "./subsidy";

/**
 * Every catalogue function's adapter by catalogue id: Excel argument shapes in, a `Result`
 * of an Excel value out. functions.ts (Excel) and src/engine (HyperFormula) call these same
 * adapters, so a formula computes the same everywhere.
 */
export const adapters = { ...area, ...registry, ...subsidy, ...joint, ...staffing, ...benefits };

/** A catalogue id that has an adapter. */
export type AdapterId = keyof typeof adapters;
