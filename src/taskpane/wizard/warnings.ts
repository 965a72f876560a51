/**
 * Implausible but legal input, accepted with a warning that names the figure: unemployed
 * above the labour force, a labour force above the population aged 18–64, a caseload target
 * outside 50–300 clients per official, a minimum other than act 380/2023's 20 000, and a
 * budget under half of the payment cap.
 */
import { formatNumber } from "../../core";
import { fill, STRINGS, type Language } from "../i18n";
import type { Calculations } from "./calculate";
import type { ScalarKey, WizardInputs } from "./inputs";
import { figureId, type Validation } from "./validate";

/** Act 380/2023: an employment area needs a labour force of at least 20 000. */
const LEGAL_MINIMUM = 20000;
/** Caseload targets outside this range are unusual (the Kymppi plan uses 100–170). */
const TARGETS = { low: 50, high: 300 };

/** Warning text by field id (only for valid fields). */
export function warnings(
  inputs: WizardInputs,
  v: Validation,
  calc: Calculations,
  language: Language,
  label: (k: ScalarKey) => string,
  name: (code: string) => string
): ReadonlyMap<string, string> {
  const t = STRINGS[language];
  const n = (x: number) => formatNumber(x, language);
  const out = new Map<string, string>();
  for (const m of inputs.members) {
    const [lf, wa, un] = (["labourForce", "workingAge", "unemployed"] as const).map((k) =>
      v.values.get(figureId(m.code, k))
    );
    const names = { name: name(m.code), labourForce: n(lf ?? 0) };
    if (lf !== undefined && un !== undefined && un > lf)
      out.set(
        figureId(m.code, "unemployed"),
        fill(t.warnUnemployed, { ...names, unemployed: n(un) })
      );
    if (lf !== undefined && wa !== undefined && lf > wa)
      out.set(
        figureId(m.code, "workingAge"),
        fill(t.warnWorkingAge, { ...names, workingAge: n(wa) })
      );
  }
  for (const k of ["targetMulti", "targetSkills", "targetCoach"] as const) {
    const x = v.values.get(k);
    if (x !== undefined && (x < TARGETS.low || x > TARGETS.high))
      out.set(k, fill(t.warnTarget, { label: label(k), value: n(x) }));
  }
  const minimum = v.values.get("minimum");
  if (minimum !== undefined && minimum !== LEGAL_MINIMUM)
    out.set("minimum", fill(t.warnMinimum, { value: n(minimum) }));
  const budget = v.values.get("budget");
  if (budget !== undefined && calc.cap !== undefined && budget < calc.cap / 2)
    out.set("budget", fill(t.warnBudget, { budget: `${n(budget)} €`, cap: `${n(calc.cap)} €` }));
  return out;
}
