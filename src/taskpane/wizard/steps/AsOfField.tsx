import { Field, Input } from "@fluentui/react-components";
import { memo } from "react";

/** The "figures as of" date under the member table (memoized: typing a figure does not re-render it). */
export const AsOfField = memo(function AsOfField(p: {
  readonly label: string;
  readonly value: string;
  readonly className: string;
  readonly onChange: (date: string) => void;
}) {
  return (
    <Field label={p.label} className={p.className}>
      <Input
        id="figures-as-of"
        type="date"
        value={p.value}
        onChange={(_, d) => p.onChange(d.value)}
      />
    </Field>
  );
});
