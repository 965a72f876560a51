import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the task pane's frame. */
export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  title: { overflowWrap: "anywhere", fontSize: "clamp(20px, 7vw, 28px)" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
});
