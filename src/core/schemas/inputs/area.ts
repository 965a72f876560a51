import * as z from "zod/mini";
import { Change, Count, Field, wholeNumber } from "../domains";
import { listOf, MunicipalityRef, optionalOf } from "./lists";

/** LABOURFORCE(labourForce) */
export const LabourForceSchema = z.object({ labourForce: listOf(Count) });
export type LabourForceInput = z.output<typeof LabourForceSchema>;

/** MEETSMINIMUM / SHORTFALL (labourForce, [minimum]) */
export const MinimumSchema = z.object({ labourForce: listOf(Count), minimum: optionalOf(Count) });
export type MinimumInput = z.output<typeof MinimumSchema>;

/** YEARSABOVEMINIMUM(labourForce, annualChange, [minimum], [horizon]) */
export const YearsAboveMinimumSchema = z.object({
  labourForce: listOf(Count),
  annualChange: Change.schema,
  minimum: optionalOf(Count),
  horizon: optionalOf(wholeNumber(1000)),
});
export type YearsAboveMinimumInput = z.output<typeof YearsAboveMinimumSchema>;

/** PROJECTLABOURFORCE(labourForce, annualChange, years) */
export const ProjectLabourForceSchema = z.object({
  labourForce: listOf(Count),
  annualChange: Change.schema,
  years: wholeNumber(1000).schema,
});
export type ProjectLabourForceInput = z.output<typeof ProjectLabourForceSchema>;

/** CONTIGUOUS(municipalities, [neighbourPairs]) */
export const ContiguousSchema = z.object({
  municipalities: z.array(MunicipalityRef).check(z.minLength(1, { error: "shape.empty" })),
  neighbourPairs: z.optional(z.nullable(z.array(z.tuple([MunicipalityRef, MunicipalityRef])))),
});
export type ContiguousInput = z.output<typeof ContiguousSchema>;

/** MUNICIPALITY(municipality, [field]) and NEIGHBOURS(municipality) */
export const MunicipalitySchema = z.object({
  municipality: MunicipalityRef,
  field: optionalOf(Field),
});
export type MunicipalityInput = z.output<typeof MunicipalitySchema>;
