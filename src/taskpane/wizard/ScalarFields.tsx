import { NumberField, type NumberFieldProps } from "./NumberField";
import { useWizardStyles } from "./Wizard.styles";

/** The step's scalar inputs, each a NumberField (bound by the step's state hook). */
export function ScalarFields({ fields }: { readonly fields: readonly NumberFieldProps[] }) {
  const s = useWizardStyles();
  return (
    <div className={s.fields}>
      {fields.map((f) => (
        <NumberField key={f.id} {...f} />
      ))}
    </div>
  );
}
