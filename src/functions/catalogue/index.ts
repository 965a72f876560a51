import { entry as ALLOCATE } from "./allocate";
import { entry as BENEFITBANDS } from "./benefit-bands";
import { entry as BENEFITCOST } from "./benefit-cost";
import { entry as BENEFITSHARE } from "./benefit-share";
import { entry as CAPHEADROOM } from "./cap-headroom";
import { entry as CASELOAD } from "./caseload";
import { entry as CONTIGUOUS } from "./contiguous";
import { entry as FORMAREAS } from "./form-areas";
import { entry as LABOURFORCE } from "./labour-force";
import { entry as MEETSMINIMUM } from "./meets-minimum";
import { entry as MEMBERPAYMENTS } from "./member-payments";
import { entry as MUNICIPALITY } from "./municipality";
import { entry as NEIGHBOURS } from "./neighbours";
import { entry as PAYMENTCAP } from "./payment-cap";
import { entry as PROJECTLABOURFORCE } from "./project-labour-force";
import { entry as SHORTFALL } from "./shortfall";
import { entry as STAFFALLOCATION } from "./staff-allocation";
import { entry as STAFFNEEDED } from "./staff-needed";
import { entry as SUBSIDYALLOCATION } from "./subsidy-allocation";
import { entry as SUBSIDYSHARES } from "./subsidy-shares";
import { entry as SUGGESTMEMBERS } from "./suggest-members";
import { entry as YEARSABOVEMINIMUM } from "./years-above-minimum";

/**
 * The formula catalogue (docs functions.md), in its order: one file per function holding its
 * entry (`entry`: parameters, result, the call of the core) and its texts (`text`, read only
 * by the build, so the functions bundle carries none of them). Everything else (Excel's
 * functions*.json, the help pages, the adapters, the engine's registration, the tests'
 * matrices) is derived from these entries.
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
