import { Body1, Button, Field, Textarea } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { fill, formatNumber } from "../../core";
import { parseUserNumber } from "../wizard/parseUserNumber";
import type { SuggestSlice } from "./LazySuggestMembers";
import { figureId } from "../wizard/validate";
import { useWizardStyles } from "../wizard/Wizard.styles";
import { CandidateFigures } from "./CandidateFigures";
import { candidateCodes } from "./candidates";
import { readRegionTable } from "./regionTable";
import { FORMING_STRINGS } from "./strings";
import { suggestion } from "./suggestion";

/**
 * The Area step's "who could join?": shown while the area is short or not connected; the
 * planner gives nearby municipalities' labour force (typed or pasted), and SUGGESTMEMBERS's
 * answer is one click away. Renders nothing while the area qualifies or a member lacks a figure.
 */
export function SuggestMembers({
  w,
  onSuggested,
}: {
  readonly w: SuggestSlice;
  /** Told the codes the suggestion would add, and none once it is gone (for the map). */
  readonly onSuggested?: (codes: readonly string[]) => void;
}) {
  const s = useWizardStyles();
  const f = FORMING_STRINGS[w.language];
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const codes = w.inputs.members.map((m) => m.code);
  const key = codes.join();
  const candidates = useMemo(() => candidateCodes(key.split(",").filter(Boolean)), [key]);
  const members = codes.map((code) => ({
    code,
    labourForce: w.validation.values.get(figureId(code, "labourForce")),
  }));
  const minimum = parseUserNumber(w.inputs.scalars.minimum, 0, w.language);
  const short = w.calc.meets === false || w.calc.contiguity?.connected === false;
  const figures = new Map(
    candidates.map((c) => [c, parseUserNumber(typed[c] ?? "", 0, w.language)] as const)
  );
  const ready = short && minimum !== undefined && members.every((m) => m.labourForce !== undefined);
  const answer = useMemo(
    () =>
      ready
        ? suggestion(
            members as { code: string; labourForce: number }[],
            figures,
            minimum!,
            w.language
          )
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when what it reads changes
    [ready, key, JSON.stringify([...figures]), JSON.stringify(members), minimum, w.language]
  );
  const adds = answer?.kind === "add" ? answer.add.map((m) => m.code).join() : "";
  useEffect(() => {
    onSuggested?.(adds.split(",").filter(Boolean));
    return () => onSuggested?.([]);
  }, [adds, onSuggested]);
  if (!ready || !answer || codes.length === 0) return null;
  const names = (xs: readonly string[]) => xs.map(w.name).join(", ");
  const paste = (text: string) => {
    const read = readRegionTable(text, w.language);
    const next = { ...typed };
    for (const r of read.rows)
      if (candidates.includes(r.code)) next[r.code] = String(r.labourForce);
    setTyped(next);
  };
  const apply = (add: readonly { code: string; labourForce: number }[]) => {
    w.addMembers(add.map((m) => m.code));
    for (const m of add) w.setFigure(m.code, "labourForce", String(m.labourForce));
    w.setStatus(fill(f.sugAdded, { names: names(add.map((m) => m.code)) }));
  };
  return (
    <section aria-labelledby="suggest-heading" data-testid="suggestion">
      <h3 id="suggest-heading" className={s.subheading}>
        {f.sugHeading}
      </h3>
      {answer.kind === "add" && (
        <div className={s.buttons}>
          <Button appearance="primary" onClick={() => apply(answer.add)}>
            {fill(f.sugAdd, {
              names: names(answer.add.map((m) => m.code)),
              value: formatNumber(answer.added, w.language),
            })}
          </Button>
        </div>
      )}
      {answer.kind === "add" && answer.missing.length > 0 && (
        <Body1 as="p" block>
          {fill(f.sugMissing, { names: names(answer.missing) })}
        </Body1>
      )}
      {answer.kind === "ask" && (
        <Body1 as="p" block>
          {fill(f.sugAsk, { names: names(answer.missing) })}
        </Body1>
      )}
      {answer.kind === "none" && (
        <Body1 as="p" block className={s.warning}>
          {answer.reason}
        </Body1>
      )}
      <Body1 as="p" block>
        {f.sugIntro}
      </Body1>
      <Field label={f.sugPaste}>
        <Textarea resize="vertical" onChange={(_, d) => paste(d.value)} />
      </Field>
      <CandidateFigures
        candidates={candidates}
        typed={typed}
        language={w.language}
        name={w.name}
        onChange={(c, text) => setTyped((t) => ({ ...t, [c]: text }))}
      />
    </section>
  );
}
