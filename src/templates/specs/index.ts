import type { TemplateSpec } from "../spec";
import { areaTemplate } from "./area";
import { benefitsTemplate } from "./benefits";
import { budgetPlanTemplate } from "./budgetPlan";
import { formingAreasTemplate } from "./formingAreas";
import { jointAuthorityTemplate } from "./jointAuthority";
import { staffingTemplate } from "./staffing";
import { subsidyTemplate } from "./subsidy";

/** Every template, in the order the task pane lists them. */
export const TEMPLATES: readonly TemplateSpec[] = [
  areaTemplate,
  subsidyTemplate,
  jointAuthorityTemplate,
  staffingTemplate,
  benefitsTemplate,
  formingAreasTemplate,
  budgetPlanTemplate,
];
