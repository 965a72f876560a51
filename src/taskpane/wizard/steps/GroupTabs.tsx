import { Tab, TabList } from "@fluentui/react-components";
import { memo } from "react";
import type { UiStrings } from "../../i18n";

export type FigureGroup = "population" | "clients";

/** Which three figures the narrow member table shows (memoized: typing does not re-render it). */
export const GroupTabs = memo(function GroupTabs(p: {
  readonly t: UiStrings;
  readonly group: FigureGroup;
  readonly onGroup: (group: FigureGroup) => void;
}) {
  return (
    <TabList
      size="small"
      selectedValue={p.group}
      onTabSelect={(_, d) => p.onGroup(d.value as FigureGroup)}
    >
      <Tab value="population">{p.t.groupPopulation}</Tab>
      <Tab value="clients">{p.t.groupClients}</Tab>
    </TabList>
  );
});
