import { Button, Combobox, Field, Option, Select } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { fill } from "../../i18n";
import { regionPresets, type Preset } from "../presets/presets";
import { searchMunicipalities } from "../registry";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";

/** Adding members: by name or code, a known area or a whole region, or from the selection. */
export function MemberPicker({ w }: { readonly w: Wizard }) {
  const s = useWizardStyles();
  const { t, language } = w;
  const [query, setQuery] = useState("");
  const [areas, setAreas] = useState<Preset[]>([]);
  useEffect(() => {
    let live = true;
    import("../presets/loadKnownAreas")
      .then((m) => m.loadKnownAreas())
      .then((a) => live && setAreas(a))
      .catch(() => undefined); // the regions still work; the known areas are a convenience
    return () => void (live = false);
  }, []);
  const presets = useMemo(() => [...areas, ...regionPresets(t.presetRegistry)], [areas, t]);
  const found = searchMunicipalities(query);
  const label = (m: { fi: string; sv: string; code: string }) =>
    `${language === "sv" ? m.sv : m.fi}${m.sv !== m.fi ? ` / ${language === "sv" ? m.fi : m.sv}` : ""} (${m.code})`;
  return (
    <>
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
          expandIcon={{ "aria-label": t.addMunicipality }}
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
                {label(m)}
              </Option>
            ))
          )}
        </Combobox>
      </Field>
      <Field label={t.presetLabel}>
        <Select
          id="member-preset"
          value=""
          onChange={(_, d) => {
            const p = presets[Number(d.value)];
            if (!p) return;
            w.addMembers(p.codes);
            w.setStatus(
              fill(t.presetAdded, { count: p.codes.length, name: p.name, source: p.source })
            );
          }}
        >
          <option value="">{t.presetPlaceholder}</option>
          {presets.map((p, i) => (
            <option key={`${p.kind}:${p.name}`} value={i}>
              {fill(p.kind === "area" ? t.presetArea : t.presetRegion, {
                name: p.name,
                count: p.codes.length,
              })}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.buttons}>
        <Button onClick={() => void w.readSelection()}>{t.readSelection}</Button>
      </div>
    </>
  );
}
