/** Texts of the scenario comparison sheet, in the user's language. */
import type { SheetLabels } from "./PlanInputs";

export interface CompareLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly note: string;
  /** Header of the comparison table's first column. */
  readonly figure: string;
  /** Header of the ≠ marker columns, followed by the first scenario's name. */
  readonly differsFrom: string;
  /** What the preview tells a screen reader about a highlighted cell. */
  readonly differsCue: string;
  /** Title of the per-member comparison. */
  readonly perMember: string;
  /** Prefix of each scenario block's title ("Scenario: Kymppi"). */
  readonly scenario: string;
  readonly memberCount: string;
  readonly subsidyTotal: string;
  /** The two planning years' budgets and headrooms. */
  readonly planningBudgets: readonly [string, string];
  readonly planningHeadrooms: readonly [string, string];
  /** The two planning years' subsidy columns of a block. */
  readonly planningSubsidies: readonly [string, string];
  /** The two planning years' payment columns of a block. */
  readonly planningPayments: readonly [string, string];
  /** The cost-sharing row: its label and each model's name (short: a table cell's width). */
  readonly costSharing: string;
  readonly models: { readonly joint: string; readonly percent: string; readonly fixedUse: string };
  /** The plan sheet's texts, for the figures both sheets show. */
  readonly plan: SheetLabels;
}
