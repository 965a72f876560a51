/** The Form areas view's preview: FORMAREAS over the table, grouped into areas with totals. */
import { formAreas, formatError, type Locale } from "../../core";
import type { TableRow } from "./regionTable";

export interface ProposedArea {
  /** 1, 2, … in order of first appearance in the table (as FORMAREAS numbers them). */
  readonly number: number;
  readonly codes: readonly string[];
  readonly labourForce: number;
  readonly meets: boolean;
}

export type Proposal =
  | { readonly ok: true; readonly areas: readonly ProposedArea[] }
  | { readonly ok: false; readonly message: string };

/** The proposed areas of `rows` at `minimum`, or the kernel's reason in words (naming the group). */
export function propose(rows: readonly TableRow[], minimum: number, language: Locale): Proposal {
  const result = formAreas(
    rows.map((r) => r.code),
    rows.map((r) => r.labourForce),
    minimum
  );
  if (!result.ok) return { ok: false, message: formatError(result.error, language) };
  const areas: ProposedArea[] = [];
  result.value.forEach((n, i) => {
    const a = (areas[n - 1] ??= { number: n, codes: [], labourForce: 0, meets: false });
    areas[n - 1] = {
      ...a,
      codes: [...a.codes, rows[i].code],
      labourForce: a.labourForce + rows[i].labourForce,
    };
  });
  return { ok: true, areas: areas.map((a) => ({ ...a, meets: a.labourForce >= minimum })) };
}
