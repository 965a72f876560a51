/** The 0-based member columns of a scenario block of the comparison sheet (A–P). */
export const BLOCK_COL = {
  name: 0,
  code: 1,
  labourForce: 2,
  workingAge: 3,
  unemployed: 4,
  /** Clients per service line: three columns from here. */
  clients: 5,
  /** All three service lines (I): a lead municipality's part by use counts these. */
  clientsTotal: 8,
  subsidy: 9,
  payment: 10,
  fte: 11,
  /** The two planning years' subsidies: two columns from here. */
  planningSubsidies: 12,
  /** The two planning years' payments: two columns from here. */
  planningPayments: 14,
  /**
   * A lead municipality's agreed shares, and right of them its clients (fixed plus use), in
   * place of the planning years' subsidies, which only a joint authority's cap needs.
   */
  shares: 12,
  useClients: 13,
} as const;

/** How many member columns a block has. */
export const BLOCK_WIDTH = 16;
