import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";
import { COST_MODELS, type CostModel } from "../costSharing";

const LABEL: Readonly<Record<CostModel, keyof UiStrings>> = {
  joint: "costModelJoint",
  percent: "costModelPercent",
  fixedUse: "costModelFixedUse",
};

/** The choice of cost-sharing model: the joint authority's (default) or a lead municipality's agreement. */
export function CostModelChoice(p: {
  readonly t: UiStrings;
  readonly model: CostModel;
  readonly onChange: (model: CostModel) => void;
}) {
  return (
    <Field label={p.t.costModel}>
      <RadioGroup
        id="cost-model"
        value={p.model}
        onChange={(_, d) => p.onChange(d.value as CostModel)}
      >
        {COST_MODELS.map((m) => (
          <Radio key={m} value={m} label={p.t[LABEL[m]] as string} />
        ))}
      </RadioGroup>
    </Field>
  );
}
