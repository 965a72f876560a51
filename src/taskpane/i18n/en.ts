/** English texts of the task pane. This object defines the keys; fi and sv must have all. */
export const en = {
  appTitle: "Employment area",
  language: "Language",
  standalone:
    "Standalone preview in the browser: Excel is not connected; the sheet is computed here.",
  inExcel: "Connected to Excel.",
  source: "Source: Statistics Finland, municipal borders 2025, CC BY 4.0",
  navWizard: "Plan wizard",
  navTemplates: "Templates",
  stepOf: "Step {n} of {total}: {name}",
  steps: ["Members", "Area", "State subsidy", "Cost sharing", "Staffing", "Summary"],
  back: "Back",
  next: "Next",
  fixErrors: "Fix the marked fields ({count}) before going on.",
  saved: "Inputs saved with the workbook.",
  saveFailed: "Could not save the inputs with the workbook: {reason}",
  // Members
  membersIntro:
    "Pick the member municipalities and enter each one's figures. You can paste a column of figures into any figure field.",
  addMunicipality: "Add a municipality (name in Finnish or Swedish, or code)",
  addPlaceholder: "e.g. Lapua, Lappo or 408",
  noMatch: "No municipality matches.",
  readSelection: "Read members from the selected range",
  selectionRead: "{count} municipalities read from the selection.",
  selectionUnknown: "Not found in the registry: {names}",
  remove: "Remove {name}",
  noMembers: "No members yet.",
  colMunicipality: "Municipality",
  colLabourForce: "Labour force",
  colWorkingAge: "Aged 18–64",
  colUnemployed: "Broad unemployment",
  colMulti: "Clients, multi-sector",
  colSkills: "Clients, skills",
  colCoach: "Clients, personal coach",
  pasted: "{count} figures pasted down the column.",
  // Area
  minimum: "Minimum labour force",
  annualChange: "Yearly change of labour force (%)",
  years: "Projection years",
  totalLabourForce: "Labour force in total: {value}",
  meets: "Meets the minimum of {minimum}.",
  shortfall: "Short of the minimum by {value}.",
  yearsAbove: "Stays at or above the minimum for {years} years.",
  projectionCaption: "Projected labour force",
  projectionYear: "Year",
  belowAlready: "Already below the minimum.",
  contiguous: "The members form one connected area.",
  disconnected: "Not connected to the other members: {names}",
  pointContacts:
    "Uncertain point contacts (borders touch only at a point; confirm locally): {pairs}",
  mapTitle: "Map of the members and their neighbours",
  mapLoading: "Loading the map…",
  mapLegendMember: "member",
  mapLegendNeighbour: "neighbour",
  mapLegendDisconnected: "disconnected member",
  mapLegendPoint: "uncertain point contact",
  mapAlt: "Members: {members}. Neighbours not in the area: {neighbours}.",
  // Subsidy
  amount: "State subsidy for employment services in total (€)",
  workingAgeWeight: "Weight of the 18–64 population (%)",
  // Authority
  capRatio: "Cap ratio (% of the members' subsidy)",
  budget: "Planned budget of the joint authority (€)",
  budgetPlan1: "Budget, planning year 1 (€; empty: the budget year's)",
  budgetPlan2: "Budget, planning year 2 (€; empty: the budget year's)",
  yearNames: ["Budget year", "Planning year 1", "Planning year 2"],
  yearsCaption: "The budget year and the two planning years",
  yearPayments: "Members' payments by year",
  yearSubsidy: "State subsidy",
  yearSubsidiesCaption: "Each member's state subsidy by year (empty: the computed subsidy)",
  yearBudget: "Budget",
  yearCap: "Largest budget allowed",
  yearHeadroom: "Headroom under the cap",
  yearTotal: "Payments in total",
  timetableDated:
    "Timetable (basic agreement): the preliminary budget for {year} to the members by 31.8.{before}; the approved budget and plan for {year}–{last} by 15.10.{before}.",
  paymentCap: "Largest budget allowed: {value}",
  headroom: "Headroom under the cap: {value}",
  timetable:
    "Timetable: the preliminary budget to the members by 31.8.; the approved budget and plan by 15.10., with at least two planning years.",
  // Staffing
  targetMulti: "Caseload target, multi-sector (clients per official)",
  targetSkills: "Caseload target, skills services",
  targetCoach: "Caseload target, personal coach",
  transferFte: "FTE transferring from the state",
  fteNeeded: "FTE needed: multi-sector {a}, skills {b}, personal coach {c}; {total} in total.",
  fteSplit: "Transferring FTE by clients",
  // Summary
  summaryIntro:
    "Create a new worksheet: the inputs as an Excel table, every result a live TYOALUE formula, and charts.",
  create: "Create worksheet",
  creating: "Creating…",
  created: 'Worksheet "{name}" created.',
  goToSheet: 'Go to the sheet "{name}"',
  createFailed: "Could not create the worksheet: {reason}",
  errorCells: "These result cells show an error: {cells}",
  previewTitle: "The created sheet (computed in the preview)",
  chartsTitle: "Charts in the sheet",
  // validation
  required: "{where} is required",
  notANumber: '{where} is not a number: "{text}"',
  duplicate: "{name} is already a member.",
  needMembers: "Pick at least one member municipality.",
  // Cost sharing (joint authority or lead municipality by agreement)
  costModel: "How the members share the costs",
  costModelJoint: "Joint authority: pro rata to each member's state subsidy, within the cap",
  costModelPercent: "Lead municipality: an agreed percentage per member",
  costModelFixedUse: "Lead municipality: a fixed part plus a part by use",
  leadBudget: "Planned budget of the employment services (€)",
  agreedShare: "Agreed share (%)",
  sharesCaption: "Each member's share as agreed (%)",
  shareSumOk: "The agreed shares add up to {sum}.",
  shareSumShort: "The agreed shares add up to {sum}: {diff} short of 100%.",
  shareSumOver: "The agreed shares add up to {sum}: {diff} over 100%.",
  fixedPart: "Fixed part of each year's budget, split by the agreed shares (%)",
  usePart:
    "The rest, {value}, is split by use: each member's clients (multi-sector, skills and personal coach together, from the Members step).",
  colClients: "Clients",
  noCap: "No payment cap: the agreement decides.",
  verdictLead:
    "Lead municipality ({model}): the members' payments add up to the budget {budget} (no cap: the agreement decides).",
  verdictLeadPercent: "agreed percentages",
  verdictLeadFixedUse: "a fixed part of {fixed} by the agreed shares, {use} by clients",
  colAgreedShare: "Agreed share",
} as const;

/** Keys and shapes every language must provide. */
export type UiStrings = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends readonly string[]
    ? readonly string[]
    : string;
};
