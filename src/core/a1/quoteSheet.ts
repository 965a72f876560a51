/**
 * Quotes a sheet name for a formula or an address (a quote inside is doubled).
 * @example quoteSheet("Plan (2)") // "'Plan (2)'"
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
