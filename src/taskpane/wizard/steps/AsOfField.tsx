import { Field, Input } from "@fluentui/react-components";
import { memo, useEffect, useState } from "react";
import { fill, type Language, type UiStrings } from "../../i18n";
import { DATE_PATTERN, formatDateText, parseDateText } from "./dateText";

/**
 * The "figures as of" date under the member table, typed and shown in the pane's language
 * (fi/sv 30.6.2025, en 2025-06-30) and stored as "YYYY-MM-DD" whatever the browser's locale.
 * A plain text field with its format as hint: keyboard and screen readers get what they read.
 * A date is stored as soon as it reads; text that is not a date stores none (results then
 * use no calendar year) and says why once the field is left. Memoized: typing a figure does
 * not re-render it.
 */
export const AsOfField = memo(function AsOfField(p: {
  readonly t: UiStrings;
  readonly language: Language;
  readonly value: string;
  readonly className: string;
  readonly onChange: (date: string) => void;
}) {
  const { t, language, value, onChange } = p;
  // What the user is typing; undefined shows the stored value in the pane's language.
  const [draft, setDraft] = useState<string>();
  const [left, setLeft] = useState(false);
  useEffect(() => {
    // A value set elsewhere (a saved plan, a reset) replaces the text being typed.
    if (draft !== undefined && (parseDateText(draft) ?? "") !== value) setDraft(undefined);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps -- only a new value resets the draft
  const text = draft ?? formatDateText(value, language);
  const bad = parseDateText(text) === undefined;
  const error = left && bad ? fill(t.asOfInvalid, { text: text.trim() }) : undefined;
  return (
    <Field
      label={t.figuresAsOf}
      hint={t.asOfHint}
      className={p.className}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        id="figures-as-of"
        autoComplete="off"
        spellCheck={false}
        placeholder={DATE_PATTERN[language]}
        value={text}
        onChange={(_, d) => {
          setDraft(d.value);
          onChange(parseDateText(d.value) ?? "");
        }}
        onBlur={() => {
          setLeft(true);
          if (!bad) setDraft(undefined); // shown again in the pane's own format
        }}
      />
    </Field>
  );
});
