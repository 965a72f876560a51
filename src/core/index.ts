/**
 * The calculation core's public API. Pure functions over parsed JS values; every
 * calculation returns a `Result` and never throws for bad input.
 */
export * from "./result";
export * from "./messages";
export { decimalOf, type Decimal } from "./exact/decimal";
export { toCents, toEuros, wholeCents } from "./exact/money";
export { largestRemainder, type Weights } from "./exact/largestRemainder";
export * from "./schemas/domains";
export { issueToError, type IssueLike } from "./schemas/issueToError";
export { checkList, checkMatrix, checkSameLength, checkValue } from "./schemas/validate";
export { apportion } from "./apportion/apportion";
