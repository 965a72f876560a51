import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { TEMPLATE_CATALOG } from "../../templates/catalog";
import type { Lang } from "../../templates/spec";
import type { PreviewCapabilities } from "../capabilities";
import type { Language } from "../i18n/language";
import { useTemplatesViewStyles } from "./TemplatesView.styles";
import { useTemplates, type TemplateLoader } from "./useTemplates";

/** Props of {@link TemplatesView}. */
export interface TemplatesViewProps {
  readonly host: WorkbookHost;
  readonly language: Language;
  /** Reads a built template as base64; defaults to fetching it from the add-in's origin. */
  readonly loadTemplate?: TemplateLoader;
  /** The standalone preview's capabilities, when the pane runs outside Excel. */
  readonly preview?: PreviewCapabilities;
}

/**
 * The Templates view: lists the templates with localized titles and descriptions, inserts
 * one into the open workbook or opens it as a new workbook, and offers the snapshot to
 * values (with a confirmation, since formulas cannot be restored).
 */
export function TemplatesView({ host, language, loadTemplate, preview }: TemplatesViewProps) {
  const s = useTemplatesViewStyles();
  const v = useTemplates(host, language, loadTemplate, preview);
  const { t } = v;
  return (
    <section className={s.root} aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t.heading}</h2>
      <Body1>{t.intro}</Body1>
      <Field label={t.languageLabel}>
        <RadioGroup
          layout="horizontal"
          value={v.templateLang}
          onChange={(_, d) => v.setTemplateLang(d.value as Lang)}
        >
          <Radio value="fi" label={t.langFi} />
          <Radio value="sv" label={t.langSv} />
        </RadioGroup>
      </Field>
      <ul className={s.list}>
        {TEMPLATE_CATALOG.map((entry) => (
          <li key={entry.name} className={s.item} aria-labelledby={`tpl-${entry.name}`}>
            <h3 id={`tpl-${entry.name}`} className={s.itemTitle}>
              {entry.title[language]}
            </h3>
            <p id={`tpl-${entry.name}-desc`}>{entry.description[language]}</p>
            <div className={s.actions}>
              <Button
                appearance="primary"
                disabled={v.busy !== null}
                aria-describedby={`tpl-${entry.name}`}
                onClick={() => void v.insert(entry.name)}
              >
                {v.busy === `insert:${entry.name}` ? t.working : t.insert}
              </Button>
              <Button
                disabled={v.busy !== null}
                aria-describedby={`tpl-${entry.name}`}
                onClick={() => void v.openNew(entry.name)}
              >
                {v.busy === `open:${entry.name}` ? t.working : t.openNew}
              </Button>
              <Button
                appearance="subtle"
                disabled={v.busy !== null}
                aria-describedby={`tpl-${entry.name}`}
                onClick={() => void v.download(entry.name)}
              >
                {v.busy === `download:${entry.name}` ? t.working : t.download}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <h2 id="snapshot-heading">{t.snapshotHeading}</h2>
      <Body1>{t.snapshotIntro}</Body1>
      {v.confirming ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <p>{t.snapshotConfirm}</p>
            <div className={s.actions}>
              <Button appearance="primary" onClick={() => void v.confirmSnapshot()}>
                {t.confirm}
              </Button>
              <Button onClick={v.cancelSnapshot}>{t.cancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div>
          <Button disabled={v.busy !== null} onClick={v.requestSnapshot}>
            {v.busy === "snapshot" ? t.working : t.snapshot}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {v.status && (
          <MessageBar intent={v.status.kind}>
            <MessageBarBody>{v.status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
