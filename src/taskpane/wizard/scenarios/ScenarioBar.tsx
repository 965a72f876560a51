import { Button, Field, Select } from "@fluentui/react-components";
import { memo, useEffect, useRef, useState } from "react";
import { fill, type UiStrings } from "../../i18n";
import { useWizardStyles } from "../Wizard.styles";
import { DeleteConfirm, RenameForm } from "./ScenarioForms";

export interface ScenarioBarProps {
  readonly t: UiStrings;
  readonly scenarios: readonly { readonly id: string; readonly name: string }[];
  readonly current: string;
  readonly comparing: boolean;
  readonly onSelect: (id: string) => void;
  readonly onCopy: () => void;
  /** Returns the problem with the name, or undefined when renamed. */
  readonly onRename: (id: string, name: string) => string | undefined;
  readonly onDelete: (id: string) => void;
  readonly onCompare: () => void;
}

/**
 * Above the stepper: the current scenario, and copy, rename, delete (asks first; never the
 * last one) and compare. Memoized: typing in a step does not re-render it. What each action
 * did is said in the wizard's status line.
 */
export const ScenarioBar = memo(function ScenarioBar(p: ScenarioBarProps) {
  const s = useWizardStyles();
  const { t, current } = p;
  const [mode, setMode] = useState<"rename" | "delete">();
  const [problem, setProblem] = useState<string>();
  const name = p.scenarios.find((x) => x.id === p.current)?.name ?? "";
  const renameButton = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => setMode(undefined), [current]); // a question is about one scenario
  const close = (focus: { current: HTMLElement | null }) => {
    setMode(undefined);
    setProblem(undefined);
    requestAnimationFrame(() => focus.current?.focus());
  };
  const only = p.scenarios.length <= 1;
  return (
    <section aria-label={t.scenarios} className={`${s.scenarioBar} ${s.noPrint}`}>
      <Field label={t.scenarioCurrent} orientation="horizontal" className={s.scenarioField}>
        <Select
          id="scenario-select"
          ref={select}
          size="small"
          value={p.current}
          onChange={(_, d) => p.onSelect(d.value)}
        >
          {p.scenarios.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.buttons}>
        <Button size="small" onClick={p.onCopy} title={fill(t.scenarioCopyLabel, { name })}>
          {t.scenarioCopy}
        </Button>
        <Button
          size="small"
          ref={renameButton}
          aria-expanded={mode === "rename"}
          onClick={() => setMode(mode === "rename" ? undefined : "rename")}
        >
          {t.scenarioRename}
        </Button>
        <Button
          size="small"
          disabledFocusable={only}
          aria-expanded={mode === "delete"}
          onClick={() => setMode("delete")}
        >
          {t.scenarioDelete}
        </Button>
        <Button
          size="small"
          appearance={p.comparing ? "primary" : "secondary"}
          aria-pressed={p.comparing}
          disabledFocusable={only}
          onClick={p.onCompare}
        >
          {t.scenarioCompare}
        </Button>
      </div>
      {mode === "rename" && (
        <RenameForm
          key={current}
          t={t}
          name={name}
          problem={problem}
          onSubmit={(typed) => {
            const bad = p.onRename(current, typed);
            if (bad) setProblem(bad);
            else close(renameButton);
          }}
          onCancel={() => close(renameButton)}
        />
      )}
      {mode === "delete" && (
        <DeleteConfirm
          t={t}
          name={name}
          onDelete={() => {
            p.onDelete(current);
            close(select);
          }}
          onCancel={() => close(select)}
        />
      )}
    </section>
  );
});
