import type { ReactNode } from "react";
import { useWizardStyles } from "../Wizard.styles";

/**
 * A wide table's own sideways scroll, never the pane's (three years of euros beside the names
 * do not fit 320 px): a region named like its table, which the keyboard can focus and scroll.
 */
export function ScrollRegion({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  const s = useWizardStyles();
  return (
    <div role="region" aria-label={label} tabIndex={0} className={s.scrollX}>
      {children}
    </div>
  );
}
