/**
 * The cost-sharing part of the authority step's state: the model, each member's agreed share
 * as typed (with its message), the shares' sum, the fixed part and the clients the rest is
 * split by. Messages of the sum show at once; a share's once touched (as every field's).
 */
import { FIXED_PART_ID, SHARE_SUM_ID, shareId } from "../costSharing";
import { costSharingOf } from "../inputs";
import type { NumberFieldProps } from "../NumberField";
import { namedMembers } from "../stepSlices";
import type { Wizard } from "../useWizard";
import { figureId } from "../validate";

const CLIENTS = ["clientsMulti", "clientsSkills", "clientsCoach"] as const;

export interface ShareRow {
  readonly code: string;
  readonly name: string;
  readonly typed: string;
  readonly error?: string;
  /** The member's clients in all three service lines (undefined while not all valid). */
  readonly clients?: number;
}

export function costSharingSlice(w: Wizard) {
  const cs = costSharingOf(w.inputs);
  const values = w.validation.values;
  const rows: ShareRow[] = namedMembers(w).map((m) => {
    const figures = CLIENTS.map((k) => values.get(figureId(m.code, k)));
    const clients = figures.every((x) => x !== undefined)
      ? figures.reduce((a, b) => a + b, 0)
      : undefined;
    const typed = cs.shares[m.code] ?? "";
    return { ...m, typed, error: w.errorOf(shareId(m.code)), clients };
  });
  const shares = w.inputs.members.map((m) => values.get(shareId(m.code)));
  const fixed = values.get(FIXED_PART_ID);
  const fixedField: NumberFieldProps = {
    id: `field-${FIXED_PART_ID}`,
    label: w.t.fixedPart,
    value: cs.fixedPart,
    suffix: "%",
    error: w.errorOf(FIXED_PART_ID),
    onChange: w.setFixedPart,
    onBlur: () => w.touch(FIXED_PART_ID),
  };
  return {
    model: cs.model,
    setModel: w.setCostModel,
    rows,
    setShare: w.setShare,
    pasteShares: w.pasteShares,
    touch: w.touch,
    /** The shares' sum as a fraction, once every share is a number. */
    sum: shares.every((s) => s !== undefined) ? shares.reduce((a, b) => a + b, 0) : undefined,
    sumError: w.validation.errors.get(SHARE_SUM_ID),
    fixedField,
    /** The part split by use, 1 − the fixed part. */
    usePart: fixed === undefined ? undefined : 1 - fixed,
  };
}

export type CostSharingSlice = ReturnType<typeof costSharingSlice>;
