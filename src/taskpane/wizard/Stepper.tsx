import { Button } from "@fluentui/react-components";
import { memo } from "react";
import { useWizardStyles } from "./Wizard.styles";

/** The step links (memoized: typing in a step does not re-render them). */
export const Stepper = memo(function Stepper(p: {
  readonly label: string;
  readonly names: readonly string[];
  readonly step: number;
  readonly onStep: (step: number) => void;
}) {
  const s = useWizardStyles();
  return (
    <nav aria-label={p.label} className={s.noPrint}>
      <ol className={s.stepper}>
        {p.names.map((name, i) => (
          <li key={name}>
            <Button
              size="small"
              appearance={i === p.step ? "primary" : "subtle"}
              aria-current={i === p.step ? "step" : undefined}
              onClick={() => p.onStep(i)}
            >
              {`${i + 1}. ${name}`}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
