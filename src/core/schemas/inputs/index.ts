export * from "./area";
export * from "./money";
export * from "./staffing";
export { listOf, optionalOf, MunicipalityRef } from "./lists";
export { issueMessage, parseInput } from "./parseInput";
