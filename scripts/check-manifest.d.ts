/** A problem found in a manifest: the rule broken and a message naming the element. */
export interface ManifestProblem {
  rule: string;
  message: string;
}
/** Options: the folder URL paths map to, and whether http://localhost is tolerated. */
export interface CheckOptions {
  assetsRoot?: string;
  allowHttpLocalhost?: boolean;
}
export function checkManifest(
  xml: string,
  options: CheckOptions & { assetsRoot: string }
): ManifestProblem[];
export function checkManifestFile(file: string, options?: CheckOptions): ManifestProblem[];
