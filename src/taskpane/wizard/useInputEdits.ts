/** The edits of the wizard's inputs: figures, scalars, the date, and the member list. */
import type { WorkbookHost } from "../../host/WorkbookHost";
import { fill, type UiStrings } from "../i18n";
import { emptyMember, type FigureKey, type ScalarKey, type WizardInputs } from "./inputs";
import { membersFromCells } from "./membersFromCells";

export interface InputEditDeps {
  readonly host: Pick<WorkbookHost, "readSelection">;
  readonly t: UiStrings;
  readonly inputs: WizardInputs;
  readonly setInputs: (f: (i: WizardInputs) => WizardInputs) => void;
  readonly setStatus: (s: string) => void;
  readonly name: (code: string) => string;
}

export function useInputEdits({ host, t, inputs, setInputs, setStatus, name }: InputEditDeps) {
  const setScalar = (key: ScalarKey, value: string) =>
    setInputs((i) => ({ ...i, scalars: { ...i.scalars, [key]: value } }));
  const setFigure = (code: string, key: FigureKey, value: string) =>
    setInputs((i) => ({
      ...i,
      members: i.members.map((m) =>
        m.code === code ? { ...m, figures: { ...m.figures, [key]: value } } : m
      ),
    }));
  /** A member's subsidy in year `year` (0 = the budget year); "" returns to the computed one. */
  const setYearSubsidy = (code: string, year: number, value: string) =>
    setInputs((i) => {
      const row = [...(i.yearSubsidies[code] ?? ["", "", ""])];
      row[year] = value;
      return { ...i, yearSubsidies: { ...i.yearSubsidies, [code]: row } };
    });
  const setAsOf = (asOf: string) => setInputs((i) => ({ ...i, asOf }));
  const addMembers = (codes: readonly string[]) =>
    setInputs((i) => {
      const have = new Set(i.members.map((m) => m.code));
      const fresh = [...new Set(codes)].filter((c) => !have.has(c)).map(emptyMember);
      return { ...i, members: [...i.members, ...fresh] };
    });
  const addMember = (code: string) => {
    if (inputs.members.some((m) => m.code === code))
      return setStatus(fill(t.duplicate, { name: name(code) }));
    addMembers([code]);
  };
  /** Reads members (and any figures to their right, in the table's column order) from the selection. */
  const readSelection = async () => {
    try {
      const rows = await host.readSelection();
      const { members, unknown } = membersFromCells(
        rows,
        inputs.members.map((m) => m.code)
      );
      setInputs((i) => ({ ...i, members: [...i.members, ...members] }));
      const read = fill(t.selectionRead, { count: members.length });
      setStatus(
        unknown.length ? `${read} ${fill(t.selectionUnknown, { names: unknown.join(", ") })}` : read
      );
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  const removeMember = (code: string) =>
    setInputs((i) => ({ ...i, members: i.members.filter((m) => m.code !== code) }));
  return {
    setScalar,
    setFigure,
    setYearSubsidy,
    setAsOf,
    addMembers,
    addMember,
    readSelection,
    removeMember,
  };
}
