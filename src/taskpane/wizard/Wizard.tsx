import { Body1, Button } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import type { PreviewCapabilities } from "../capabilities";
import { fill, type Language } from "../i18n";
import { ScenarioBar } from "./scenarios/ScenarioBar";
import { useScenarioBar } from "./scenarios/useScenarioBar";
import { STEPS, type StepDef } from "./steps";
import { Stepper } from "./Stepper";
import { STEP_COUNT, useWizard, type Wizard } from "./useWizard";
import { useWizardStyles } from "./Wizard.styles";
import { useSheetStore } from "./useWrittenSheet";

const CompareView = lazy(() =>
  import(/* webpackChunkName: "compare" */ "./scenarios/CompareView").then((m) => ({
    default: m.CompareView,
  }))
);

/** One step, rendered with what its own hook picks (keyed by step, so its hooks start afresh). */
function StepView({ def, w }: { readonly def: StepDef; readonly w: Wizard }) {
  const props = def.useStep(w);
  return (
    <Suspense fallback={<Body1>{w.t.loading}</Body1>}>
      <def.Component {...props} />
    </Suspense>
  );
}

/**
 * The planner's wizard under its scenario bar, or the scenarios side by side. Focus moves to
 * the step's heading when the step changes, and to the first field to fix when Next refuses
 * (on the members step when the figure lives there).
 */
export function Wizard({
  host,
  language,
  preview,
}: {
  readonly host: WorkbookHost;
  readonly language: Language;
  /** The preview's capabilities, when the pane runs outside Excel. */
  readonly preview?: PreviewCapabilities;
}) {
  const w = useWizard(host, language, preview);
  const [comparing, setComparing] = useState(false);
  const compareSheets = useSheetStore();
  const s = useWizardStyles();
  const { t, step } = w;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const focusNext = useRef<string>(undefined);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = undefined;
    if (id) document.getElementById(id)?.focus();
    else if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  // Back from the comparison: to the step's heading (the link or button pressed is gone).
  const wasComparing = useRef(false);
  useEffect(() => {
    if (wasComparing.current && !comparing) heading.current?.focus();
    wasComparing.current = comparing;
  }, [comparing]);
  const next = () => {
    const bad = w.next();
    if (!bad) return;
    // A member's figure (m:…) and a year's subsidy (y:…) are their inputs' ids; the rest are fields.
    const target = bad === "members" ? "member-search" : /^[my]:/.test(bad) ? bad : `field-${bad}`;
    const element = document.getElementById(target);
    if (element) element.focus();
    else {
      focusNext.current = target; // shown on another step (a member's figure: the members step)
      w.setStep(Math.max(0, w.stepOfField(bad)));
    }
  };
  const latest = useRef(w);
  latest.current = w;
  const onStep = useCallback((i: number) => latest.current.setStep(i), []);
  const bar = useScenarioBar(w, comparing, setComparing);
  const status = (
    <div role="status" aria-live="polite" className={s.status} data-testid="wizard-status">
      {w.status}
    </div>
  );
  if (comparing)
    return (
      <section className={s.root} aria-labelledby="compare-heading">
        <ScenarioBar {...bar} />
        {status}
        <Suspense fallback={<Body1>{t.loading}</Body1>}>
          <CompareView
            w={w}
            sheets={compareSheets}
            onBack={() => setComparing(false)}
            onGoTo={(id, to) => {
              w.scenarios.select(id);
              w.setStep(to);
              setComparing(false);
            }}
          />
        </Suspense>
      </section>
    );
  return (
    <section className={s.root} aria-labelledby="wizard-heading">
      <ScenarioBar {...bar} />
      <Stepper label={t.navWizard} names={t.steps} step={step} onStep={onStep} />
      <h2 id="wizard-heading" ref={heading} tabIndex={-1} className={s.heading}>
        {fill(t.stepOf, { n: step + 1, total: STEP_COUNT, name: t.steps[step] })}
      </h2>
      {status}
      {w.loaded ? (
        <StepView key={`${w.scenarios.current.id}:${step}`} def={STEPS[step]} w={w} />
      ) : (
        <p>{t.loading}</p>
      )}
      <div className={`${s.actions} ${s.noPrint}`}>
        <Button onClick={w.back} disabled={step === 0}>
          {t.back}
        </Button>
        {step < STEP_COUNT - 1 && (
          <Button appearance="primary" onClick={next}>
            {t.next}
          </Button>
        )}
      </div>
    </section>
  );
}
