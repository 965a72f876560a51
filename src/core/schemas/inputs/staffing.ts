import * as z from "zod/mini";
import { Count, NonNegative, Positive } from "../domains";
import { listOf, optionalOf } from "./lists";

/** STAFFNEEDED(clients, caseloadTarget, [step]) */
export const StaffNeededSchema = z.object({
  clients: listOf(Count),
  caseloadTarget: listOf(Positive),
  step: optionalOf(Positive),
});
export type StaffNeededInput = z.output<typeof StaffNeededSchema>;

/** CASELOAD(clients, fte) */
export const CaseloadSchema = z.object({ clients: listOf(Count), fte: listOf(Positive) });
export type CaseloadInput = z.output<typeof CaseloadSchema>;

/** STAFFALLOCATION(totalFte, clients, [step]) */
export const StaffAllocationSchema = z.object({
  totalFte: NonNegative.schema,
  clients: listOf(Count),
  step: optionalOf(Positive),
});
export type StaffAllocationInput = z.output<typeof StaffAllocationSchema>;
