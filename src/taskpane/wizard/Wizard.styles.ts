import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the wizard and its steps. */
export const useWizardStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  stepper: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    padding: 0,
    margin: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    "& th, & td": { padding: "2px 6px", textAlign: "left", verticalAlign: "top" },
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  figureInput: { width: "9em" },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  status: { minHeight: "1.5em" },
});
