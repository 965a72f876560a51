import { Body1 } from "@fluentui/react-components";
import { formatPercent } from "../../../core";
import { fill, type Language, type UiStrings } from "../../i18n";
import { NumberField } from "../NumberField";
import { AgreedShares } from "./AgreedShares";
import type { CostSharingSlice } from "./costSharingSlice";

/**
 * A lead municipality's agreement: for the fixed-plus-use model the fixed part (split by the
 * agreed shares, as its label says) and the rest by clients; then the agreed shares.
 */
export function LeadAgreement(p: {
  readonly t: UiStrings;
  readonly language: Language;
  readonly sharing: CostSharingSlice;
}) {
  const { t, language, sharing } = p;
  const fixedUse = sharing.model === "fixedUse";
  return (
    <>
      {fixedUse && <NumberField {...sharing.fixedField} />}
      {fixedUse && sharing.usePart !== undefined && (
        <Body1>
          {fill(t.usePart, {
            value: formatPercent(Math.round(sharing.usePart * 1e10) / 1e10, language),
          })}
        </Body1>
      )}
      <AgreedShares t={t} language={language} sharing={sharing} withClients={fixedUse} />
    </>
  );
}
