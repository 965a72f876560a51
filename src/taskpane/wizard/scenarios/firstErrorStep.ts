/** Where an incomplete scenario needs work: the first step whose fields have an error. */
import type { WizardInputs } from "../inputs";

/**
 * `stepFields` are the steps' field lists (`STEPS.map((s) => s.fields)`), passed in so that
 * this stays free of the steps' components. Undefined when nothing is wrong.
 * @example firstErrorStep(new Map([["budget", "…"]]), inputs, [() => ["members"], () => ["budget"]]) // 1
 */
export function firstErrorStep(
  errors: ReadonlyMap<string, string>,
  inputs: WizardInputs,
  stepFields: readonly ((i: WizardInputs) => readonly string[])[]
): number | undefined {
  if (errors.size === 0) return undefined;
  const at = stepFields.findIndex((fields) => fields(inputs).some((id) => errors.has(id)));
  return at < 0 ? 0 : at;
}
