/** The 0-based member columns of a scenario block of the comparison sheet (A–N). */
export const BLOCK_COL = {
  name: 0,
  code: 1,
  labourForce: 2,
  workingAge: 3,
  unemployed: 4,
  /** Clients per service line: three columns from here. */
  clients: 5,
  clientsTotal: 8,
  subsidy: 9,
  payment: 10,
  fte: 11,
  /** The two planning years' subsidies: two columns from here. */
  planningSubsidies: 12,
} as const;

/** How many member columns a block has. */
export const BLOCK_WIDTH = 14;
