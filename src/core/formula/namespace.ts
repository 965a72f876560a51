/** The namespace of the custom functions (manifest, functions.json, formulas: `TYOALUE.X`). */
export const ADDIN_NAMESPACE = "TYOALUE";

/** How Excel spells an add-in function in a saved file: `_xldudf_TYOALUE_` + id. */
export const FILE_FUNCTION_PREFIX = `_xldudf_${ADDIN_NAMESPACE}_`;

/**
 * The name Excel stores a catalogue function under in a file.
 * @example fileFunctionName("LABOURFORCE") // "_xldudf_TYOALUE_LABOURFORCE"
 */
export function fileFunctionName(id: string): string {
  return `${FILE_FUNCTION_PREFIX}${id.toUpperCase()}`;
}
