import { Button, Combobox, Field, Option, Select } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useState } from "react";
import { fill, type Language, type UiStrings } from "../../i18n";
import { regionPresets, type Preset } from "../presets/presets";
import { displayName, searchMunicipalities, type Municipality } from "../registry";
import { useWizardStyles } from "../Wizard.styles";

export interface MemberPickerProps {
  readonly t: UiStrings;
  readonly language: Language;
  /** The members field's message, if shown. */
  readonly error: string | undefined;
  readonly onAdd: (code: string) => void;
  readonly onAddMany: (codes: readonly string[]) => void;
  readonly onStatus: (text: string) => void;
  readonly onReadSelection: () => void;
}

/**
 * Adding members: by name or code, a known area or a whole region, or from the selection.
 * Memoized with stable callbacks: typing a figure does not re-render the combobox.
 */
export const MemberPicker = memo(function MemberPicker(p: MemberPickerProps) {
  const s = useWizardStyles();
  const { t, language } = p;
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
  const presets = useMemo(
    () => [...areas, ...regionPresets(t.presetRegistry, language)],
    [areas, t, language]
  );
  const found = searchMunicipalities(query);
  // The name in the pane's language, the other official name after it when it differs.
  const label = (m: Municipality) => {
    const main = displayName(m, language);
    const other = [m.fi, m.sv].find(
      (x) => x !== main && !main.startsWith(x) && !x.startsWith(main)
    );
    return `${main}${other ? ` / ${other}` : ""} (${m.code})`;
  };
  return (
    <>
      <Field
        label={t.addMunicipality}
        validationState={p.error ? "error" : "none"}
        validationMessage={p.error}
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
            if (d.optionValue) p.onAdd(d.optionValue);
            setQuery("");
          }}
        >
          {found.length === 0 ? (
            <Option disabled value="">
              {t.noMatch}
            </Option>
          ) : (
            found.map((m) => (
              <Option key={m.code} value={m.code} text={`${displayName(m, language)} (${m.code})`}>
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
            const preset = presets[Number(d.value)];
            if (!preset) return;
            p.onAddMany(preset.codes);
            p.onStatus(
              fill(t.presetAdded, {
                count: preset.codes.length,
                name: preset.name,
                source: preset.source,
              })
            );
          }}
        >
          <option value="">{t.presetPlaceholder}</option>
          {presets.map((x, i) => (
            <option key={`${x.kind}:${x.name}`} value={i}>
              {fill(x.kind === "area" ? t.presetArea : t.presetRegion, {
                name: x.name,
                count: x.codes.length,
              })}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.buttons}>
        <Button onClick={p.onReadSelection}>{t.readSelection}</Button>
      </div>
    </>
  );
});
