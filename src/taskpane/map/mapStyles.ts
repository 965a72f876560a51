import { makeStyles, tokens } from "@fluentui/react-components";

/** The maps' frame and legend (members' map, proposed areas' map). */
export const useMapStyles = makeStyles({
  // The pane is narrow: no browser default margins beside the map (the pane's footer names the data's source).
  figure: { margin: 0 },
  svg: {
    width: "100%",
    height: "auto",
    maxWidth: "480px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    padding: 0,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: "4px",
    border: "1px solid #333",
  },
});
