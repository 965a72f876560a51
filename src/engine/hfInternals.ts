import type { HyperFormula } from "hyperformula";

// The one door to HyperFormula's non-public parts (test/engine/hfInternals.test.ts pins what
// is relied on). The plugin itself uses only what FunctionPlugin offers its subclasses.

/**
 * The engine's dependency graph (`@internal` in HyperFormula 3.5), used only as an identity:
 * the key under which the plugin, which sees the same object as `this.dependencyGraph`,
 * notes spills to re-enter for this engine.
 */
export function engineKey(hf: HyperFormula): object {
  return (hf as unknown as { dependencyGraph: object }).dependencyGraph;
}
