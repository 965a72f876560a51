/**
 * The parts of Excel's custom-functions runtime that the adapters use. The runtime defines
 * `CustomFunctions` globally inside Excel; no @types package for it is installed, and jest
 * gets a stub (test/setup/customFunctionsStub.ts).
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, f: (...args: never[]) => unknown): void;
}
