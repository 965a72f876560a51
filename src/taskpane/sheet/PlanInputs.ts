/** The wizard's inputs after validation: plain numbers, ratios as fractions, euros as numbers. */
export interface PlanMember {
  /** 3-digit municipality code as text, e.g. "005" (or what the user typed when not in the registry). */
  readonly code: string;
  readonly name: string;
  readonly labourForce: number;
  readonly workingAge: number;
  readonly unemployed: number;
  /** Clients per service line: multi-sector, skills, personal coach. */
  readonly clients: readonly [number, number, number];
}

/**
 * A lead municipality's cost sharing by agreement: each member's agreed share (fractions
 * summing to 1), and for "fixedUse" the fixed part of each year's budget split by those
 * shares, the rest by the members' clients (all three service lines together).
 */
export type PlanCostSharing =
  | { readonly model: "percent"; readonly shares: readonly number[] }
  | { readonly model: "fixedUse"; readonly shares: readonly number[]; readonly fixedPart: number };

export interface PlanInputs {
  readonly members: readonly PlanMember[];
  readonly minimum: number;
  /** Yearly change of the labour force as a fraction, e.g. −0.014. */
  readonly annualChange: number;
  /** Years of projection. */
  readonly years: number;
  /** State subsidy to apportion, €. */
  readonly amount: number;
  readonly workingAgeWeight: number;
  readonly capRatio: number;
  /** Planned joint-authority budget, €. */
  readonly budget: number;
  /** Per member, the subsidy typed for each of the three years (undefined: the computed one). */
  readonly yearSubsidies?: readonly (readonly (number | undefined)[])[];
  /** The two planning years' budgets, € (the budget year's when not given). */
  readonly planningBudgets?: readonly [number, number];
  /** Caseload targets: multi-sector, skills, personal coach. */
  readonly targets: readonly [number, number, number];
  /** FTE transferring from the state, split by clients. */
  readonly transferFte: number;
  /** Calendar year the figures are from: the projection's first year (relative years 0… when absent). */
  readonly startYear?: number;
  /** A lead municipality's cost sharing; absent: the joint authority's (pro rata to subsidy within the cap). */
  readonly costSharing?: PlanCostSharing;
}

/** Texts written into the sheet, in the user's language. */
export interface SheetLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly note: string;
  readonly tableName: string;
  readonly columns: readonly [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  readonly perMember: readonly [string, string, string, string, string];
  readonly paramsHeader: readonly [string, string];
  readonly params: {
    readonly minimum: string;
    readonly annualChange: string;
    readonly years: string;
    readonly amount: string;
    readonly workingAgeWeight: string;
    readonly capRatio: string;
    readonly budget: string;
    readonly targets: readonly [string, string, string];
    readonly transferFte: string;
  };
  readonly results: {
    readonly labourForce: string;
    readonly meetsMinimum: string;
    readonly shortfall: string;
    readonly yearsAbove: string;
    readonly contiguous: string;
    readonly paymentCap: string;
    readonly headroom: string;
    readonly clients: readonly [string, string, string];
    readonly staffNeeded: readonly [string, string, string];
    readonly staffTotal: string;
  };
  readonly projection: readonly [string, string, string];
  /** The budget year and the two planning years (below the member table). */
  readonly years: {
    readonly title: string;
    readonly names: readonly [string, string, string];
    readonly budget: string;
    readonly subsidies: string;
    readonly payments: string;
    readonly total: string;
    readonly cap: string;
    readonly headroom: string;
  };
  readonly charts: {
    readonly labourForce: string;
    readonly subsidy: string;
    readonly staff: string;
  };
  /** A lead municipality's cost sharing by agreement (no cap). */
  readonly lead: {
    readonly budget: string;
    readonly agreedShare: string;
    readonly clients: string;
    readonly noCap: string;
    readonly notApplicable: string;
    readonly modelPercent: string;
    readonly fixedPart: string;
    readonly usePart: string;
  };
}
