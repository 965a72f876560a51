/**
 * Checks the cost-sharing inputs of a lead-municipality model: each member's agreed share
 * (per cent, 0–100), their sum (exactly 100 %, saying the sum and the difference), and for
 * the fixed-plus-use model the fixed part. The joint authority's model asks for none of them.
 */
import { formatPercent, Ratio } from "../../core";
import { fill, type Language, type UiStrings } from "../i18n";
import { checkField } from "./checkField";
import { FIXED_PART_ID, isLeadModel, SHARE_SUM_ID, shareId } from "./costSharing";
import { costSharingOf, type WizardInputs } from "./inputs";

/** The sum may miss 100 % by this much (as ALLOCATE's weights may): thirds typed as 33,3333…. */
const SUM_TOLERANCE = 1e-9;

export function validateCostSharing(
  inputs: WizardInputs,
  language: Language,
  t: UiStrings,
  memberName: (code: string) => string,
  record: (id: string, r: number | string) => void
): void {
  // Per cent fields: "22 %" as copied from a sheet is 22.
  const check = (text: string, label: string) =>
    checkField(text.replace(/\s*%\s*$/, ""), Ratio, label, language, t, -2);
  const cs = costSharingOf(inputs);
  if (!isLeadModel(cs.model)) return;
  const shares = inputs.members.map((m) => {
    const r = check(cs.shares[m.code] ?? "", `${t.agreedShare} (${memberName(m.code)})`);
    record(shareId(m.code), r);
    return r;
  });
  if (inputs.members.length > 0 && shares.every((s) => typeof s === "number")) {
    const sum = (shares as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      const pct = (x: number) => formatPercent(Math.round(x * 1e10) / 1e10, language);
      const text = sum < 1 ? t.shareSumShort : t.shareSumOver;
      record(SHARE_SUM_ID, fill(text, { sum: pct(sum), diff: pct(Math.abs(1 - sum)) }));
    }
  }
  if (cs.model === "fixedUse") record(FIXED_PART_ID, check(cs.fixedPart, t.fixedPart));
}
