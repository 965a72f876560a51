import { Button } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { fill, type Language } from "../i18n";
import { AreaStep } from "./steps/AreaStep";
import { AuthorityStep } from "./steps/AuthorityStep";
import { MembersStep } from "./steps/MembersStep";
import { StaffingStep } from "./steps/StaffingStep";
import { SubsidyStep } from "./steps/SubsidyStep";
import { SummaryStep } from "./steps/SummaryStep";
import { STEP_COUNT, useWizard } from "./useWizard";
import { useWizardStyles } from "./Wizard.styles";

const STEPS = [MembersStep, AreaStep, SubsidyStep, AuthorityStep, StaffingStep, SummaryStep];

/** The six-step planner's wizard. Focus moves to the step's heading when the step changes. */
export function Wizard({
  host,
  language,
}: {
  readonly host: WorkbookHost;
  readonly language: Language;
}) {
  const w = useWizard(host, language);
  const s = useWizardStyles();
  const { t, step } = w;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  const Step = STEPS[step];
  return (
    <section className={s.root} aria-labelledby="wizard-heading">
      <nav aria-label={t.navWizard}>
        <ol className={s.stepper}>
          {t.steps.map((name, i) => (
            <li key={name}>
              <Button
                size="small"
                appearance={i === step ? "primary" : "subtle"}
                aria-current={i === step ? "step" : undefined}
                onClick={() => w.setStep(i)}
              >
                {`${i + 1}. ${name}`}
              </Button>
            </li>
          ))}
        </ol>
      </nav>
      <h2 id="wizard-heading" ref={heading} tabIndex={-1} className={s.heading}>
        {fill(t.stepOf, { n: step + 1, total: STEP_COUNT, name: t.steps[step] })}
      </h2>
      <div role="status" aria-live="polite" className={s.status} data-testid="wizard-status">
        {w.status}
      </div>
      {w.loaded && <Step w={w} />}
      <div className={s.actions}>
        <Button onClick={w.back} disabled={step === 0}>
          {t.back}
        </Button>
        {step < STEP_COUNT - 1 && (
          <Button appearance="primary" onClick={w.next}>
            {t.next}
          </Button>
        )}
      </div>
    </section>
  );
}
