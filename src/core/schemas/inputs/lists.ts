import * as z from "zod/mini";
import type { Domain } from "../domains";

/** A non-empty list of values of a domain (a row or column in Excel). */
export function listOf<T>(domain: Domain<T>) {
  return z.array(domain.schema).check(z.minLength(1, { error: "shape.empty" }));
}

/** An optional argument of a domain (omitted → the calculation's default). */
export function optionalOf<T>(domain: Domain<T>) {
  return z.optional(z.nullable(domain.schema));
}

/** A municipality given by code (number or text) or by Finnish or Swedish name. */
export const MunicipalityRef = z.union([z.string(), z.number()], { error: "cell.notName" });
