import { Field, Input } from "@fluentui/react-components";

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error?: string;
  readonly suffix?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/** A labelled text input for a figure; the zod message shows in the Field's validation slot. */
export function NumberField({
  id,
  label,
  value,
  error,
  suffix,
  onChange,
  onBlur,
}: NumberFieldProps) {
  return (
    <Field label={label} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        id={id}
        inputMode="decimal"
        value={value}
        contentAfter={suffix}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}
