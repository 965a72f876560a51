/**
 * The calculation core's public API. Pure functions over parsed JS values; every
 * calculation returns a `Result` and never throws for bad input.
 */
export * from "./result";
export * from "./messages";
export { decimalOf, type Decimal } from "./exact/decimal";
export { toCents, toEuros, wholeCents } from "./exact/money";
export { largestRemainder, type Weights, type ExactWeights } from "./exact/largestRemainder";
export { selectInPlace } from "./exact/select";
export * from "./schemas/domains";
export { issueToError, type IssueLike } from "./schemas/issueToError";
export { checkList, checkMatrix, checkSameLength, checkValue } from "./schemas/validate";
export { apportion } from "./apportion/apportion";
export { labourForce, MINIMUM_LABOUR_FORCE } from "./area/labourForce";
export { meetsMinimum, shortfall } from "./area/meetsMinimum";
export { yearsAboveMinimum, MAX_HORIZON, DEFAULT_HORIZON } from "./area/yearsAboveMinimum";
export { projectLabourForce } from "./area/projectLabourForce";
export { allMunicipalities, type Municipality } from "./registry/registry";
export { findMunicipality, resolveMunicipality, normalizeName } from "./registry/lookup";
export { municipality, municipalities, type MunicipalityField } from "./registry/municipality";
export { bundledAdjacency, adjacencyFromPairs, type Adjacency } from "./registry/adjacency";
export { contiguity, contiguous, type ContiguityReport } from "./registry/contiguity";
export { neighbours, possibleNeighbours } from "./registry/neighbours";
export { subsidyShares } from "./subsidy/subsidyShares";
export { subsidyAllocation } from "./subsidy/subsidyAllocation";
export { subsidyWeights, DEFAULT_WORKING_AGE_WEIGHT } from "./subsidy/subsidyWeights";
export { allocate, DEFAULT_ALLOCATION_STEP } from "./subsidy/allocate";
export { capOf, DEFAULT_CAP_RATIO, type Cap } from "./joint/cap";
export { paymentCap } from "./joint/paymentCap";
export { memberPayments } from "./joint/memberPayments";
export { capHeadroom } from "./joint/capHeadroom";
export { memberPaymentsByYear, paymentCapsByYear, capHeadroomsByYear } from "./joint/planningYears";
export { staffNeeded, STAFF_NEEDED_STEP } from "./staffing/staffNeeded";
export { caseload } from "./staffing/caseload";
export { staffAllocation, STAFF_ALLOCATION_STEP } from "./staffing/staffAllocation";
export {
  builtInBands,
  DEFAULT_BENEFIT_MODEL,
  parseBands,
  type Band,
  type BandRow,
} from "./benefits/bands";
export { benefitBands } from "./benefits/benefitBands";
export { benefitShare } from "./benefits/benefitShare";
export { benefitCost, DAILY_AMOUNT_2025 } from "./benefits/benefitCost";
export { callsAddin } from "./formula/callsAddin";
export { ADDIN_NAMESPACE, FILE_FUNCTION_PREFIX, fileFunctionName } from "./formula/namespace";
export { fromFileFormula, toFileFormula } from "./formula/fileFormula";
export {
  METADATA_XML,
  SHEET_METADATA_REL,
  SHEET_METADATA_TYPE,
} from "./formula/dynamicArrayMetadata";
export { outsideStrings } from "./formula/outsideStrings";
export * from "./a1";
export { CELL_COLOURS, argbOf } from "./sheet/cellColours";
export { formAreas } from "./forming/formAreas";
export { suggestMembers } from "./forming/suggestMembers";
