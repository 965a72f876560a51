/** Gzip sizes of the built bundles (see scripts/bundleSize.ts), or why they cannot be measured. */
import {
  BUDGETS,
  FIRST_SCREEN_TARGET,
  bundleSizes,
  DevelopmentBuildError,
  DistMissingError,
  type BundleSizes,
} from "../../scripts/bundleSize";

export type BundleMeasure =
  | { readonly ok: true; readonly sizes: BundleSizes }
  | { readonly ok: false; readonly reason: string };

/** Measures `dist`; a missing build is reported, not thrown. */
export function bundleMeasure(dist: string): BundleMeasure {
  try {
    return { ok: true, sizes: bundleSizes(dist) };
  } catch (e) {
    if (e instanceof DistMissingError || e instanceof DevelopmentBuildError)
      return { ok: false, reason: e.message };
    throw e;
  }
}

export { BUDGETS, FIRST_SCREEN_TARGET };
