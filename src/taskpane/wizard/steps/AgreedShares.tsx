import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { fill, type Language, type UiStrings } from "../../i18n";
import { formatNumber, formatPercent } from "../../../core";
import { useWizardStyles } from "../Wizard.styles";
import type { CostSharingSlice } from "./costSharingSlice";
import { useFigureInputStyles } from "./FigureInput.styles";

const useStyles = makeStyles({
  // Figures and their headers right-aligned; the shares' sum under the typed shares' digits.
  table: {
    "& td, & thead th:not(:first-child)": { textAlign: "right" },
    "& tfoot td:nth-child(2)": { paddingRight: "9px" },
  },
  status: { margin: 0 },
});

/**
 * Each member's agreed share typed in per cent, with the sum below (it must be 100 %); for
 * the fixed-plus-use model also each member's clients, which the rest is split by.
 */
export function AgreedShares(p: {
  readonly t: UiStrings;
  readonly language: Language;
  readonly sharing: CostSharingSlice;
  readonly withClients: boolean;
}) {
  const s = useWizardStyles();
  const f = useFigureInputStyles();
  const own = useStyles();
  const { t, language, sharing } = p;
  const errors = sharing.rows.flatMap((r) => r.error ?? []);
  const clientTotal = sharing.rows.every((r) => r.clients !== undefined)
    ? sharing.rows.reduce((a, r) => a + r.clients!, 0)
    : undefined;
  const count = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, language));
  return (
    <>
      <table className={mergeClasses(s.table, s.resultTable, own.table)} id="agreed-shares">
        <caption className={s.caption}>{t.sharesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colMunicipality}</th>
            <th scope="col" className={s.numberHead}>
              {t.agreedShare}
            </th>
            {p.withClients && (
              <th scope="col" className={s.numberHead}>
                {t.colClients}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {sharing.rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td>
                <input
                  id={`field-share:${r.code}`}
                  type="text"
                  inputMode="decimal"
                  className={mergeClasses(f.input, r.error !== undefined && f.invalid)}
                  aria-label={`${t.agreedShare}, ${r.name}`}
                  aria-invalid={r.error !== undefined || undefined}
                  aria-describedby={r.error ? "share-errors" : undefined}
                  value={r.typed}
                  onChange={(e) => sharing.setShare(r.code, e.target.value)}
                  onBlur={() => sharing.touch(`share:${r.code}`)}
                  onPaste={(e) => {
                    const text = e.clipboardData.getData("text/plain");
                    if (!/[\n\t]/.test(text.trim())) return; // one value: the input takes it
                    e.preventDefault();
                    sharing.pasteShares(r.code, text);
                  }}
                />
              </td>
              {p.withClients && <td className={s.number}>{count(r.clients)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.colTotal}</th>
            <td className={mergeClasses(s.number, sharing.sumError && s.warning)}>
              {sharing.sum === undefined ? "–" : formatPercent(round(sharing.sum), language)}
            </td>
            {p.withClients && <td className={s.number}>{count(clientTotal)}</td>}
          </tr>
        </tfoot>
      </table>
      <p
        id="field-shareSum"
        tabIndex={-1}
        role="status"
        className={mergeClasses(own.status, sharing.sumError ? s.warning : s.ok)}
      >
        {sharing.sumError ??
          (sharing.sum === undefined
            ? ""
            : fill(t.shareSumOk, { sum: formatPercent(round(sharing.sum), language) }))}
      </p>
      {errors.length > 0 && (
        <ul id="share-errors" className={s.warning}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A sum of typed shares without the float's tail (0.1 + 0.2 shows as 30 %, not 30.000000000000004 %). */
const round = (x: number) => Math.round(x * 1e10) / 1e10;
