import { entry as ALLOCATE } from "./allocate";
import { entry as BENEFITBANDS } from "./benefitBands";
import { entry as BENEFITCOST } from "./benefitCost";
import { entry as BENEFITSHARE } from "./benefitShare";
import { entry as CAPHEADROOM } from "./capHeadroom";
import { entry as CASELOAD } from "./caseload";
import { entry as CONTIGUOUS } from "./contiguous";
import { entry as FORMAREAS } from "./formAreas";
import { entry as LABOURFORCE } from "./labourForce";
import { entry as MEETSMINIMUM } from "./meetsMinimum";
import { entry as MEMBERPAYMENTS } from "./memberPayments";
import { entry as MUNICIPALITY } from "./municipality";
import { entry as NEIGHBOURS } from "./neighbours";
import { entry as PAYMENTCAP } from "./paymentCap";
import { entry as PROJECTLABOURFORCE } from "./projectLabourForce";
import { entry as SHORTFALL } from "./shortfall";
import { entry as STAFFALLOCATION } from "./staffAllocation";
import { entry as STAFFNEEDED } from "./staffNeeded";
import { entry as SUBSIDYALLOCATION } from "./subsidyAllocation";
import { entry as SUBSIDYSHARES } from "./subsidyShares";
import { entry as SUGGESTMEMBERS } from "./suggestMembers";
import { entry as YEARSABOVEMINIMUM } from "./yearsAboveMinimum";

/**
 * The formula catalogue (docs functions.md), in its order: one file per function holding its
 * entry (`entry`: parameters, result, the call of the core) and its texts (`text`, read only
 * by the build, so the functions bundle carries none of them); parameters several functions
 * take are declared once in sharedParameters.ts, their help in sharedParameterTexts.ts.
 * Everything else (Excel's functions*.json, the help pages, the adapters, the engine's
 * registration, the tests' matrices) is derived from these entries.
 */
export const CATALOGUE = [
  LABOURFORCE,
  MEETSMINIMUM,
  SHORTFALL,
  YEARSABOVEMINIMUM,
  PROJECTLABOURFORCE,
  CONTIGUOUS,
  NEIGHBOURS,
  MUNICIPALITY,
  FORMAREAS,
  SUGGESTMEMBERS,
  SUBSIDYSHARES,
  SUBSIDYALLOCATION,
  ALLOCATE,
  PAYMENTCAP,
  MEMBERPAYMENTS,
  CAPHEADROOM,
  STAFFNEEDED,
  CASELOAD,
  STAFFALLOCATION,
  BENEFITSHARE,
  BENEFITCOST,
  BENEFITBANDS,
] as const;

/** A catalogue id. */
export type CatalogueId = (typeof CATALOGUE)[number]["id"];

export type { FunctionEntry, FunctionText, Kind, Parameter, ResultSpec } from "./entry";
