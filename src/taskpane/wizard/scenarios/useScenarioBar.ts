import { useCallback, useMemo, useRef } from "react";
import type { Wizard } from "../useWizard";

/** The scenario bar's props, stable while only inputs change (its names and ids are the key). */
export function useScenarioBar(w: Wizard, comparing: boolean, setComparing: (c: boolean) => void) {
  const latest = useRef(w);
  latest.current = w;
  const { list } = w.scenarios;
  const key = list.scenarios.map((x) => `${x.id}\u0000${x.name}`).join("\u0001");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the names
  const scenarios = useMemo(() => list.scenarios.map(({ id, name }) => ({ id, name })), [key]);
  const actions = useMemo(
    () => ({
      onSelect: (id: string) => latest.current.scenarios.select(id),
      onCopy: () => latest.current.scenarios.copy(),
      onRename: (id: string, name: string) => latest.current.scenarios.rename(id, name),
      onDelete: (id: string) => latest.current.removeScenario(id),
    }),
    []
  );
  const onCompare = useCallback(() => setComparing(!comparing), [comparing, setComparing]);
  return { t: w.t, scenarios, current: list.current, comparing, onCompare, ...actions };
}
