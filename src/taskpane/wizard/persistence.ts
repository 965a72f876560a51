/**
 * Saving and restoring the wizard's inputs with the workbook (Office settings in Excel,
 * localStorage in the preview), checked with zod on the way back in. A stored value that
 * cannot be read is kept aside under a second key instead of being overwritten.
 */
import * as z from "zod/mini";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { FIGURES, SCALARS, type WizardInputs } from "./inputs";

export const STATE_KEY = "tyoalue.wizard.v1";

const text = z.string();
const Saved = z.object({
  version: z.literal(1),
  step: z.number().check(z.int(), z.minimum(0), z.maximum(5)),
  inputs: z.object({
    members: z.array(
      z.object({ code: text, figures: z.object(Object.fromEntries(FIGURES.map((k) => [k, text]))) })
    ),
    scalars: z.object(Object.fromEntries(SCALARS.map((k) => [k, text]))),
  }),
});

export interface SavedWizard {
  readonly step: number;
  readonly inputs: WizardInputs;
}

/** Reads the saved wizard; undefined when nothing (readable) was saved. */
export async function loadWizard(host: WorkbookHost): Promise<SavedWizard | undefined> {
  const raw = await host.loadState(STATE_KEY);
  if (raw === null) return undefined;
  try {
    const parsed = Saved.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data as unknown as SavedWizard;
  } catch {
    /* not JSON: kept aside below */
  }
  await host.saveState(`${STATE_KEY}.unreadable`, raw);
  return undefined;
}

/** Saves the wizard's step and inputs. */
export function saveWizard(host: WorkbookHost, state: SavedWizard): Promise<void> {
  return host.saveState(STATE_KEY, JSON.stringify({ version: 1, ...state }));
}
