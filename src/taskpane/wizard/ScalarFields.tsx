import type { ScalarKey } from "./inputs";
import { NumberField } from "./NumberField";
import type { Wizard } from "./useWizard";
import { useWizardStyles } from "./Wizard.styles";

const SUFFIX: Partial<Record<ScalarKey, string>> = {
  annualChange: "%",
  workingAgeWeight: "%",
  capRatio: "%",
  amount: "€",
  budget: "€",
};

/** The step's scalar inputs, each a NumberField bound to the wizard. */
export function ScalarFields({
  w,
  keys,
}: {
  readonly w: Wizard;
  readonly keys: readonly ScalarKey[];
}) {
  const s = useWizardStyles();
  return (
    <div className={s.fields}>
      {keys.map((k) => (
        <NumberField
          key={k}
          id={`field-${k}`}
          label={w.scalarLabel(k)}
          value={w.inputs.scalars[k]}
          suffix={SUFFIX[k]}
          error={w.errorOf(k)}
          warning={w.warnings.get(k)}
          onChange={(v) => w.setScalar(k, v)}
          onBlur={() => w.touch(k)}
        />
      ))}
    </div>
  );
}
