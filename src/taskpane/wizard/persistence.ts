/**
 * Saving and restoring the wizard's inputs with the workbook (Office settings in Excel,
 * localStorage in the preview). The stored value carries its version; an older version is
 * migrated step by step to the current one and then checked with zod. A value that still
 * cannot be read is kept aside under a second key instead of being overwritten.
 */
import * as z from "zod/mini";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { COST_MODELS } from "./costSharing";
import { FIGURES, SCALARS, type WizardInputs } from "./inputs";
import { STEPS } from "./steps";

export const STATE_KEY = "tyoalue.wizard.v1";
/** The version `saveWizard` writes. */
export const STATE_VERSION = 4;

const text = z.string();
const Saved = z.object({
  version: z.literal(STATE_VERSION),
  step: z.number().check(z.int(), z.minimum(0), z.maximum(STEPS.length - 1)),
  inputs: z.object({
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
  }),
});

type Json = { readonly [key: string]: unknown };
const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Migrations by the version they read: each returns the next version's shape. Adding a field
 * to the saved state is a new entry here (and `STATE_VERSION` + 1), never a reset.
 */
export const MIGRATIONS: Readonly<Record<number, (old: Json) => Json>> = {
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
};

/** Brings a stored value up to the current version; unchanged when it has no known older version. */
export function migrate(value: unknown): unknown {
  let v = value;
  while (isObject(v) && typeof v.version === "number" && v.version < STATE_VERSION) {
    const step = Object.prototype.hasOwnProperty.call(MIGRATIONS, v.version)
      ? MIGRATIONS[v.version]
      : undefined;
    if (!step) break;
    v = step(v);
  }
  return v;
}

export interface SavedWizard {
  readonly step: number;
  readonly inputs: WizardInputs;
}

/** Reads the saved wizard; undefined when nothing (readable) was saved. */
export async function loadWizard(host: WorkbookHost): Promise<SavedWizard | undefined> {
  const raw = await host.loadState(STATE_KEY);
  if (raw === null) return undefined;
  try {
    const parsed = Saved.safeParse(migrate(JSON.parse(raw)));
    if (parsed.success) return parsed.data as unknown as SavedWizard;
  } catch {
    /* not JSON: kept aside below */
  }
  await host.saveState(`${STATE_KEY}.unreadable`, raw);
  return undefined;
}

/** Saves the wizard's step and inputs. */
export function saveWizard(host: WorkbookHost, state: SavedWizard): Promise<void> {
  return host.saveState(STATE_KEY, JSON.stringify({ version: STATE_VERSION, ...state }));
}
