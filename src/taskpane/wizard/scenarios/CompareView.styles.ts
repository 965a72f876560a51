import { makeStyles, tokens } from "@fluentui/react-components";

/** The comparison's tables: numbers right-aligned and tabular, differences bold on a tint. */
export const useCompareStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": {
      padding: "2px 4px",
      verticalAlign: "top",
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    },
    "& thead th": { textAlign: "right", fontWeight: tokens.fontWeightSemibold },
    "& thead th:first-child, & tbody th": { textAlign: "left", fontWeight: "normal" },
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  number: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalM,
  },
  words: { textAlign: "right", hyphens: "auto", paddingLeft: tokens.spacingHorizontalM },
  differs: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    fontWeight: tokens.fontWeightBold,
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  choose: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: "1.2em" },
});
