import { Button, Field, Input } from "@fluentui/react-components";
import { useEffect, useRef, type FormEvent } from "react";
import { fill, type UiStrings } from "../../i18n";
import { useWizardStyles } from "../Wizard.styles";

/** The scenario bar's rename form: the name field takes the focus; Enter saves, Escape cancels. */
export function RenameForm(p: {
  readonly t: UiStrings;
  readonly name: string;
  readonly problem: string | undefined;
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}) {
  const s = useWizardStyles();
  const { t } = p;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const typed = new FormData(e.currentTarget).get("name");
    p.onSubmit(typeof typed === "string" ? typed : "");
  };
  return (
    <form className={s.scenarioForm} onSubmit={submit}>
      <Field
        label={fill(t.scenarioNewName, { name: p.name })}
        validationState={p.problem ? "error" : "none"}
        validationMessage={p.problem}
        className={s.scenarioName}
      >
        <Input
          name="name"
          id="scenario-name"
          size="small"
          defaultValue={p.name}
          autoFocus
          onKeyDown={(e) => e.key === "Escape" && p.onCancel()}
        />
      </Field>
      <Button size="small" type="submit" appearance="primary">
        {t.scenarioSave}
      </Button>
      <Button size="small" onClick={p.onCancel}>
        {t.pasteCancel}
      </Button>
    </form>
  );
}

/** The question before deleting a scenario: its confirm button takes the focus; Escape cancels. */
export function DeleteConfirm(p: {
  readonly t: UiStrings;
  readonly name: string;
  readonly onDelete: () => void;
  readonly onCancel: () => void;
}) {
  const s = useWizardStyles();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="scenario-delete-ask"
      className={s.buttons}
      onKeyDown={(e) => e.key === "Escape" && p.onCancel()}
    >
      <span id="scenario-delete-ask">{fill(p.t.scenarioDeleteAsk, { name: p.name })}</span>
      <Button size="small" appearance="primary" ref={confirm} onClick={p.onDelete}>
        {p.t.scenarioDelete}
      </Button>
      <Button size="small" onClick={p.onCancel}>
        {p.t.pasteCancel}
      </Button>
    </div>
  );
}
