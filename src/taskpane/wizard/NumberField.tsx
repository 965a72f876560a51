import { Field, Input } from "@fluentui/react-components";

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error?: string;
  /** Shown when there is no error: the value is legal but implausible. */
  readonly warning?: string;
  readonly suffix?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/** A labelled text input for a figure; the zod message (or a warning) shows in the Field's validation slot. */
export function NumberField({
  id,
  label,
  value,
  error,
  warning,
  suffix,
  onChange,
  onBlur,
}: NumberFieldProps) {
  return (
    <Field
      label={label}
      validationState={error ? "error" : warning ? "warning" : "none"}
      validationMessage={error ?? warning}
    >
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
