/**
 * Slices of the wizard that several steps' state hooks pick: a step's scalar fields bound
 * to their values, marks and edits, and the members by name (for the result tables).
 */
import type { ScalarKey } from "./inputs";
import type { NumberFieldProps } from "./NumberField";
import type { Wizard } from "./useWizard";

const SUFFIX: Partial<Record<ScalarKey, string>> = {
  annualChange: "%",
  workingAgeWeight: "%",
  capRatio: "%",
  amount: "€",
  budget: "€",
  budgetPlan1: "€",
  budgetPlan2: "€",
};

/** The scalar inputs `keys`, each as a NumberField's props. */
export function scalarFields(w: Wizard, keys: readonly ScalarKey[]): readonly NumberFieldProps[] {
  return keys.map((k) => ({
    id: `field-${k}`,
    label: w.scalarLabel(k),
    value: w.inputs.scalars[k],
    suffix: SUFFIX[k],
    error: w.errorOf(k),
    warning: w.warnings.get(k),
    onChange: (v: string) => w.setScalar(k, v),
    onBlur: () => w.touch(k),
  }));
}

/** A member as the result tables show it. */
export interface NamedMember {
  readonly code: string;
  readonly name: string;
}

/** The members in the table's order, with their names in the pane's language. */
export const namedMembers = (w: Wizard): readonly NamedMember[] =>
  w.inputs.members.map((m) => ({ code: m.code, name: w.name(m.code) }));
