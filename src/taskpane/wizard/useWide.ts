/** Whether the pane is wide enough to show all six member figures side by side. */
import { useSyncExternalStore } from "react";

const QUERY = "(min-width: 600px)";

const subscribe = (notify: () => void) => {
  const m = window.matchMedia?.(QUERY);
  m?.addEventListener("change", notify);
  return () => m?.removeEventListener("change", notify);
};

export function useWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(QUERY).matches ?? false,
    () => false
  );
}
