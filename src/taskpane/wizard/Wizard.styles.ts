import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the wizard and its steps (a 320–450 px task pane: nothing scrolls sideways). */
export const useWizardStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
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
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": { padding: "2px 4px", verticalAlign: "top" },
    // Names (the first column) read from the left; figures' cells and headers say "right" in
    // their own classes, which a left-align on every th/td here would outrank.
    "& th:first-child": { textAlign: "left" },
    "& tfoot th, & tfoot td": {
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  membersTable: { tableLayout: "fixed", "& thead th:first-child": { width: "38%" } },
  // Text wraps between words and at hyphenation points (soft hyphens, or the page's lang where
  // the browser can); a word breaks elsewhere only if it cannot fit its column at all.
  // Columns sized by their content: names and headers wrap, figures never do (a euro amount
  // split over two lines reads as two numbers).
  scrollX: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  resultTable: {
    tableLayout: "auto",
    "& th, & td": { overflowWrap: "break-word", hyphens: "auto" },
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  // Not "anywhere": that lets an auto-layout table narrow the column by splitting a word.
  numberHead: { textAlign: "right", overflowWrap: "break-word", hyphens: "auto" },
  removeButton: { minWidth: 0, padding: "0 4px", flexShrink: 0 },
  nameCell: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "2px",
    overflowWrap: "break-word",
    minWidth: 0,
  },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  status: { minHeight: "1.5em" },
  dateField: { maxWidth: "14em" },
  messages: { margin: 0, paddingLeft: "1.2em" },
  verdict: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  verdictList: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    "& li": { display: "flex", alignItems: "baseline" },
  },
  verdictLink: {
    textAlign: "left",
    color: "inherit",
    fontWeight: "inherit",
    padding: "2px 4px",
    minWidth: 0,
    height: "auto",
  },
  mark: { width: "1.2em", flexShrink: 0 },
  scenarioBar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  scenarioField: { "& select": { minWidth: "10em" } },
  scenarioName: { flexGrow: 1, minWidth: "12em" },
  scenarioForm: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  printOnly: { display: "none", "@media print": { display: "block" } },
  noPrint: { "@media print": { display: "none" } },
});
