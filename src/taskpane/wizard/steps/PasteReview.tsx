import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { fill } from "../../i18n";
import type { UiStrings } from "../../i18n";
import type { Wizard } from "../useWizard";

/** What a paste would do, shown before it is applied when anything did not match exactly one member. */
export function PasteReview({
  t,
  name,
  paste,
}: {
  readonly t: UiStrings;
  readonly name: (code: string) => string;
  readonly paste: Wizard["paste"];
}) {
  const p = paste.pending;
  if (!p) return null;
  const parts = [
    fill(p.byName ? t.pasteMatched : t.pastePlaced, { count: p.matched }),
    p.unknown.length > 0 && fill(t.pasteUnknown, { names: p.unknown.join(", ") }),
    p.added.length > 0 && fill(t.pasteAdded, { names: p.added.map(name).join(", ") }),
    p.extra.length > 0 && fill(t.pasteExtra, { values: p.extra.join(", ") }),
  ].filter(Boolean);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="paste-review">
      <MessageBarBody>{parts.join(" ")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={paste.confirm}>
          {t.pasteApply}
        </Button>
        <Button size="small" onClick={paste.cancel}>
          {t.pasteCancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
