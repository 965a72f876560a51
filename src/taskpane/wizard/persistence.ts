/**
 * Saving and restoring the wizard's scenarios with the workbook (Office settings in Excel,
 * localStorage in the preview). The stored value carries its version; an older version is
 * migrated step by step to the current one and then checked with zod. A value that still
 * cannot be read is kept aside under a second key instead of being overwritten.
 */
import * as z from "zod/mini";
import type { WorkbookHost } from "../../host/WorkbookHost";
import type { Language } from "../i18n";
import { COST_MODELS } from "./costSharing";
import { FIGURES, SCALARS, type WizardInputs } from "./inputs";
import { defaultName } from "./scenarios/scenarioList";
import { STEPS } from "./steps";

export const STATE_KEY = "tyoalue.wizard.v1";
/** The version `saveWizard` writes. */
export const STATE_VERSION = 5;

const text = z.string();
const index = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
const Inputs = z.object({
  members: z.array(
    z.object({ code: text, figures: z.object(Object.fromEntries(FIGURES.map((k) => [k, text]))) })
  ),
  scalars: z.object(Object.fromEntries(SCALARS.map((k) => [k, text]))),
  asOf: text,
  yearSubsidies: z.record(text, z.array(text)),
  // Optional like the inputs' field (absent: the joint authority's model), so inputs made
  // without it still save and load.
  costSharing: z.optional(
    z.object({ model: z.enum(COST_MODELS), fixedPart: text, shares: z.record(text, text) })
  ),
});
const Saved = z
  .object({
    version: z.literal(STATE_VERSION),
    step: index(STEPS.length - 1),
    current: index(Number.MAX_SAFE_INTEGER),
    scenarios: z.array(z.object({ name: text, inputs: Inputs })).check(z.minLength(1)),
  })
  .check(z.refine((s) => s.current < s.scenarios.length));

type Json = { readonly [key: string]: unknown };
const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Migrations by the version they read: each returns the next version's shape. Adding a field
 * to the saved state is a new entry here (and `STATE_VERSION` + 1), never a reset. `language`
 * is the pane's, for names a migration has to make up.
 */
export const MIGRATIONS: Readonly<Record<number, (old: Json, language: Language) => Json>> = {
  // v2 added the date the figures are from (empty: not given yet).
  1: (old) => ({
    ...old,
    version: 2,
    inputs: isObject(old.inputs) ? { ...old.inputs, asOf: "" } : old.inputs,
  }),
  // v3 added the two planning years' budgets (empty: the budget year's budget) and the
  // members' subsidies typed per year (none: the computed subsidy).
  2: (old) => ({
    ...old,
    version: 3,
    inputs:
      isObject(old.inputs) && isObject(old.inputs.scalars)
        ? {
            ...old.inputs,
            scalars: { ...old.inputs.scalars, budgetPlan1: "", budgetPlan2: "" },
            yearSubsidies: {},
          }
        : old.inputs,
  }),
  // v4 added how the members share the costs: a workbook saved before opens with the joint
  // authority's model (pro rata to subsidy within the cap), no agreed shares, a 50 % fixed part.
  3: (old) => ({
    ...old,
    version: 4,
    inputs: isObject(old.inputs)
      ? { ...old.inputs, costSharing: { model: "joint", fixedPart: "50", shares: {} } }
      : old.inputs,
  }),
  // v5 keeps several named scenarios: the one set of inputs becomes the first and current
  // scenario, named as a new one would be ("Vaihtoehto A" in a Finnish pane).
  4: ({ inputs, ...rest }, language) => ({
    ...rest,
    version: 5,
    current: 0,
    scenarios: [{ name: defaultName([], language), inputs }],
  }),
};

/** Brings a stored value up to the current version; unchanged when it has no known older version. */
export function migrate(value: unknown, language: Language = "fi"): unknown {
  let v = value;
  while (isObject(v) && typeof v.version === "number" && v.version < STATE_VERSION) {
    const step = Object.prototype.hasOwnProperty.call(MIGRATIONS, v.version)
      ? MIGRATIONS[v.version]
      : undefined;
    if (!step) break;
    v = step(v, language);
  }
  return v;
}

export interface SavedWizard {
  readonly step: number;
  /** Index of the current scenario. */
  readonly current: number;
  readonly scenarios: readonly { readonly name: string; readonly inputs: WizardInputs }[];
}

/** Reads the saved wizard; undefined when nothing (readable) was saved. */
export async function loadWizard(
  host: WorkbookHost,
  language: Language
): Promise<SavedWizard | undefined> {
  const raw = await host.loadState(STATE_KEY);
  if (raw === null) return undefined;
  try {
    const parsed = Saved.safeParse(migrate(JSON.parse(raw), language));
    if (parsed.success) return parsed.data as unknown as SavedWizard;
  } catch {
    /* not JSON: kept aside below */
  }
  await host.saveState(`${STATE_KEY}.unreadable`, raw);
  return undefined;
}

/** Saves the wizard's step and scenarios. */
export function saveWizard(host: WorkbookHost, state: SavedWizard): Promise<void> {
  return host.saveState(STATE_KEY, JSON.stringify({ version: STATE_VERSION, ...state }));
}
