import * as z from "zod/mini";
import { Count, Money, Model, NonNegative, Positive, Ratio, wholeNumber } from "../domains";
import { listOf, optionalOf } from "./lists";

/** SUBSIDYSHARES(workingAge, unemployed, [workingAgeWeight]) */
export const SubsidySharesSchema = z.object({
  workingAge: listOf(Count),
  unemployed: listOf(Count),
  workingAgeWeight: optionalOf(Ratio),
});
export type SubsidySharesInput = z.output<typeof SubsidySharesSchema>;

/** SUBSIDYALLOCATION(amount, workingAge, unemployed, [workingAgeWeight]) */
export const SubsidyAllocationSchema = z.extend(SubsidySharesSchema, { amount: Money.schema });
export type SubsidyAllocationInput = z.output<typeof SubsidyAllocationSchema>;

/** ALLOCATE(amount, criteria, weights, [step]) */
export const AllocateSchema = z.object({
  amount: NonNegative.schema,
  criteria: z.array(z.array(NonNegative.schema)).check(z.minLength(1, { error: "shape.empty" })),
  weights: listOf(Ratio),
  step: optionalOf(Positive),
});
export type AllocateInput = z.output<typeof AllocateSchema>;

/** PAYMENTCAP(memberSubsidies, [capRatio]) */
export const PaymentCapSchema = z.object({
  memberSubsidies: listOf(NonNegative),
  capRatio: optionalOf(Ratio),
});
export type PaymentCapInput = z.output<typeof PaymentCapSchema>;

/** MEMBERPAYMENTS / CAPHEADROOM (budget, memberSubsidies, [capRatio]) */
export const BudgetSchema = z.extend(PaymentCapSchema, { budget: Money.schema });
export type BudgetInput = z.output<typeof BudgetSchema>;

const Day = wholeNumber(1_000_000, 1);
const BandRowSchema = z.tuple([Day.schema, z.nullable(Day.schema), Ratio.schema]);

/** BENEFITSHARE(benefitDay, [model], [bands]) */
export const BenefitShareSchema = z.object({
  benefitDay: Day.schema,
  model: optionalOf(Model),
  bands: z.optional(z.nullable(z.array(BandRowSchema))),
});
export type BenefitShareInput = z.output<typeof BenefitShareSchema>;

/** BENEFITCOST(daysBefore, days, [dailyAmount], [model], [bands]) */
export const BenefitCostSchema = z.object({
  daysBefore: wholeNumber(1_000_000).schema,
  days: wholeNumber(1_000_000).schema,
  dailyAmount: optionalOf(NonNegative),
  model: optionalOf(Model),
  bands: z.optional(z.nullable(z.array(BandRowSchema))),
});
export type BenefitCostInput = z.output<typeof BenefitCostSchema>;
