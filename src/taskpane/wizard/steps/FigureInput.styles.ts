import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A member's figure cell: a plain <input> drawn like Fluent's small Input (a Fluent Input per
 * cell costs its slots and hooks on every render of 30 × 3 cells; a styled input does not).
 */
export const useFigureInputStyles = makeStyles({
  input: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    height: "24px",
    padding: "0 4px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
    },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorCompoundBrandStroke}`,
      outlineOffset: "-2px",
    },
    ":focus": { borderBottomColor: tokens.colorCompoundBrandStroke },
  },
  invalid: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
    ":focus-visible": { outline: `2px solid ${tokens.colorPaletteRedBorder2}` },
  },
});
