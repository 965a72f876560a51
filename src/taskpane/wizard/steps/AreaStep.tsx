import { Body1, Caption1 } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { formatNumber } from "../../../core";
import { fill } from "../../i18n";
import { parseUserNumber } from "../parseUserNumber";
import { ScalarFields } from "../ScalarFields";
import { LazySuggestMembers } from "../../forming/LazySuggestMembers";
import { useWizardStyles } from "../Wizard.styles";
import type { useAreaStep } from "./useAreaStep";

const AreaMap = lazy(() => import(/* webpackChunkName: "map" */ "../../map/AreaMap"));

/** Step 2: the 20 000 rule, contiguity with a map, and the projection. */
export function AreaStep(p: ReturnType<typeof useAreaStep>) {
  const s = useWizardStyles();
  const { t, calc, language, name, startYear } = p;
  const n = (x: number) => formatNumber(x, language);
  const minimum = n(parseUserNumber(p.minimum, 0, language) ?? 0);
  const c = calc.contiguity;
  const disconnected = c && !c.connected ? c.components.slice(1).flat() : [];
  // What the suggestion would add, shown on the map (told by the suggestion, none without one).
  const [suggested, setSuggested] = useState<readonly string[]>([]);
  return (
    <>
      <ScalarFields fields={p.fields} />
      {calc.total !== undefined && (
        <ul aria-label={t.steps[1]}>
          <li>{fill(t.totalLabourForce, { value: n(calc.total) })}</li>
          <li className={calc.meets ? s.ok : s.warning}>
            {calc.meets
              ? fill(t.meets, { minimum })
              : fill(t.shortfall, { value: n(calc.shortfall ?? 0) })}
          </li>
          {calc.yearsAbove !== undefined && (
            <li>
              {calc.yearsAbove === "below"
                ? t.belowAlready
                : fill(t.yearsAbove, { years: calc.yearsAbove })}
            </li>
          )}
        </ul>
      )}
      {calc.projection && (
        <table className={s.table}>
          <caption className={s.caption}>
            {startYear === undefined
              ? t.projectionCaption
              : `${t.projectionCaption} (${t.figuresAsOf.toLocaleLowerCase()} ${startYear})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.projectionYear}</th>
              <th scope="col" className={s.numberHead}>
                {t.colLabourForce}
              </th>
            </tr>
          </thead>
          <tbody>
            {calc.projection.map(
              (v, y) =>
                y % 5 === 0 && (
                  <tr key={y}>
                    <th scope="row" className={s.number}>
                      {startYear === undefined ? `+${y}` : startYear + y}
                    </th>
                    <td className={s.number}>{n(Math.round(v))}</td>
                  </tr>
                )
            )}
          </tbody>
        </table>
      )}
      {c && (
        <Body1 className={c.connected ? s.ok : s.warning} data-testid="contiguity">
          {c.connected
            ? t.contiguous
            : fill(t.disconnected, { names: disconnected.map(name).join(", ") })}
        </Body1>
      )}
      {c && c.pointContacts.length > 0 && (
        <Body1>
          {fill(t.pointContacts, {
            pairs: c.pointContacts.map((x) => `${name(x.a)} – ${name(x.b)}`).join("; "),
          })}
        </Body1>
      )}
      <LazySuggestMembers w={p.suggest} onSuggested={setSuggested} />
      {p.members.length > 0 && (
        <Suspense fallback={<Caption1>{t.mapLoading}</Caption1>}>
          <AreaMap
            t={t}
            members={p.members.map((m) => m.code)}
            name={name}
            pointContacts={c?.pointContacts ?? []}
            disconnected={disconnected}
            suggested={suggested}
          />
        </Suspense>
      )}
    </>
  );
}
