/**
 * The summary's answer in words: the 20 000 rule of act 380/2023, contiguity, the payment
 * cap (or, for a lead municipality, the payments by its agreement) and staffing against the FTE transferring. Each line says which step it comes from;
 * `ok` is undefined while the step's inputs are not complete.
 */
import { formatEuros, formatNumber, formatPercent } from "../../../core";
import { fill, type Language, type UiStrings } from "../../i18n";
import type { Calculations } from "../calculate";
import { FIXED_PART_ID } from "../costSharing";
import type { Validation } from "../validate";

export interface VerdictLine {
  readonly step: number;
  readonly ok: boolean | undefined;
  readonly text: string;
}

export function verdict(
  calc: Calculations,
  v: Validation,
  t: UiStrings,
  language: Language,
  name: (code: string) => string
): VerdictLine[] {
  const n = (x: number) => formatNumber(x, language);
  const eur = (x: number) => formatEuros(x, language);
  const missing = (step: number): VerdictLine => ({
    step,
    ok: undefined,
    text: fill(t.verdictMissing, { step: t.steps[step] }),
  });
  const lines: VerdictLine[] = [];
  const minimum = v.values.get("minimum");
  if (calc.total !== undefined && minimum !== undefined && calc.meets !== undefined) {
    const args = { total: n(calc.total), minimum: n(minimum), shortfall: n(calc.shortfall ?? 0) };
    lines.push({
      step: 1,
      ok: calc.meets,
      text: fill(calc.meets ? t.verdictMeets : t.verdictShort, args),
    });
  } else lines.push(missing(1));
  const c = calc.contiguity;
  if (c) {
    const cut = c.components.slice(1).flat().map(name).join(", ");
    lines.push({
      step: 1,
      ok: c.connected,
      text: c.connected ? t.verdictConnected : fill(t.verdictCut, { names: cut }),
    });
    if (c.pointContacts.length > 0) {
      const pairs = c.pointContacts.map((p) => `${name(p.a)} – ${name(p.b)}`).join("; ");
      lines.push({ step: 1, ok: true, text: fill(t.verdictContacts, { pairs }) });
    }
  } else lines.push(missing(0));
  const ratio = v.values.get("capRatio");
  const budget = v.values.get("budget");
  if (calc.lead) {
    // A lead municipality's agreement has no cap: the line says the model and that the
    // payments tie out (a fixed part is a value only in the fixed-plus-use model).
    const fixed = v.values.get(FIXED_PART_ID);
    const pct = (x: number) => formatPercent(Math.round(x * 1e10) / 1e10, language);
    const model =
      fixed === undefined
        ? t.verdictLeadPercent
        : fill(t.verdictLeadFixedUse, { fixed: pct(fixed), use: pct(1 - fixed) });
    lines.push(
      calc.payments && budget !== undefined
        ? { step: 3, ok: true, text: fill(t.verdictLead, { budget: eur(budget), model }) }
        : missing(3)
    );
  } else if (calc.headroom !== undefined && ratio !== undefined) {
    const within = calc.headroom >= 0;
    const args = {
      ratio: `${n(ratio * 100)} %`,
      headroom: eur(calc.headroom),
      over: eur(-calc.headroom),
    };
    lines.push({
      step: 3,
      ok: within,
      text: fill(within ? t.verdictWithinCap : t.verdictOverCap, args),
    });
  } else lines.push(missing(3));
  lines.push(staffLine(calc, v, t, language) ?? missing(4));
  return lines;
}

/** Staffing need against the FTE transferring (also shown on the staffing step). */
export function staffLine(
  calc: Calculations,
  v: Validation,
  t: UiStrings,
  language: Language
): VerdictLine | undefined {
  const fte = v.values.get("transferFte");
  if (!calc.needed || fte === undefined) return undefined;
  const n = (x: number) => formatNumber(x, language);
  const need = calc.needed.reduce((a, b) => a + b, 0);
  const gap = Math.round((fte - need) * 10) / 10;
  const diff = fill(gap < 0 ? t.verdictStaffShort : t.verdictStaffSpare, {
    value: n(Math.abs(gap)),
  });
  return {
    step: 4,
    ok: gap >= 0,
    text: fill(t.verdictStaff, { need: n(need), fte: n(fte), diff }),
  };
}

/** Whether every line of the verdict holds. */
export const verdictHolds = (lines: readonly VerdictLine[]): boolean =>
  lines.every((l) => l.ok === true);
