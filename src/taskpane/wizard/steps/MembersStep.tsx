import { Body1, Button, Combobox, Field, Input, Option } from "@fluentui/react-components";
import { useState } from "react";
import { fill } from "../../i18n";
import { FIGURES, type FigureKey } from "../inputs";
import { searchMunicipalities } from "../registry";
import type { Wizard } from "../useWizard";
import { figureId } from "../validate";
import { useWizardStyles } from "../Wizard.styles";

const COLUMN: Readonly<
  Record<
    FigureKey,
    "colLabourForce" | "colWorkingAge" | "colUnemployed" | "colMulti" | "colSkills" | "colCoach"
  >
> = {
  labourForce: "colLabourForce",
  workingAge: "colWorkingAge",
  unemployed: "colUnemployed",
  clientsMulti: "colMulti",
  clientsSkills: "colSkills",
  clientsCoach: "colCoach",
};

/** Step 1: pick members from the registry or the selection, and enter (or paste) their figures. */
export function MembersStep({ w }: { readonly w: Wizard }) {
  const s = useWizardStyles();
  const { t, language } = w;
  const [query, setQuery] = useState("");
  const found = searchMunicipalities(query);
  return (
    <>
      <Body1>{t.membersIntro}</Body1>
      <Field
        label={t.addMunicipality}
        validationState={w.errorOf("members") ? "error" : "none"}
        validationMessage={w.errorOf("members")}
      >
        <Combobox
          id="member-search"
          freeform
          placeholder={t.addPlaceholder}
          selectedOptions={[]}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => {
            if (d.optionValue) w.addMember(d.optionValue);
            setQuery("");
          }}
        >
          {found.length === 0 ? (
            <Option disabled value="">
              {t.noMatch}
            </Option>
          ) : (
            found.map((m) => (
              <Option
                key={m.code}
                value={m.code}
                text={`${language === "sv" ? m.sv : m.fi} (${m.code})`}
              >
                {`${language === "sv" ? m.sv : m.fi}${m.sv !== m.fi ? ` / ${language === "sv" ? m.fi : m.sv}` : ""} (${m.code})`}
              </Option>
            ))
          )}
        </Combobox>
      </Field>
      <div>
        <Button onClick={() => void w.readSelection()}>{t.readSelection}</Button>
      </div>
      {w.inputs.members.length === 0 ? (
        <Body1>{t.noMembers}</Body1>
      ) : (
        <div className={s.tableWrap}>
          <table className={s.table} aria-label={t.steps[0]}>
            <thead>
              <tr>
                <th scope="col">{t.colMunicipality}</th>
                {FIGURES.map((k) => (
                  <th key={k} scope="col">
                    {t[COLUMN[k]]}
                  </th>
                ))}
                <td />
              </tr>
            </thead>
            <tbody>
              {w.inputs.members.map((m) => (
                <tr key={m.code}>
                  <th scope="row">{w.name(m.code)}</th>
                  {FIGURES.map((k) => {
                    const id = figureId(m.code, k);
                    const error = w.errorOf(id);
                    return (
                      <td key={k}>
                        <Field validationState={error ? "error" : "none"} validationMessage={error}>
                          <Input
                            id={id}
                            className={s.figureInput}
                            inputMode="numeric"
                            aria-label={`${t[COLUMN[k]]}, ${w.name(m.code)}`}
                            value={m.figures[k]}
                            onChange={(_, d) => w.setFigure(m.code, k, d.value)}
                            onBlur={() => w.touch(id)}
                            onPaste={(e) => {
                              const text = e.clipboardData.getData("text/plain");
                              if (/[\n\t]/.test(text.trim())) {
                                e.preventDefault();
                                w.pasteFigures(m.code, k, text);
                              }
                            }}
                          />
                        </Field>
                      </td>
                    );
                  })}
                  <td>
                    <Button size="small" onClick={() => w.removeMember(m.code)}>
                      {fill(t.remove, { name: w.name(m.code) })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
