/** A pasted label read as a municipality: a name, a code, "005 Alajärvi" or StatFin's "KU005 Alajärvi". */
import { findMunicipality, type Municipality } from "../registry";

/**
 * The municipality a label names, or undefined. A code in front ("KU005", "005") decides;
 * when a name follows it, it must name the same municipality (so "005 Alavus" matches nothing).
 * @example matchMunicipality("KU005 Alajärvi")?.code // "005"
 * @example matchMunicipality("Lappo")?.code // "408"
 */
export function matchMunicipality(label: string): Municipality | undefined {
  const text = label.trim();
  const coded = /^(?:KU)?(\d{1,3})(?:\s+(.+))?$/i.exec(text);
  if (!coded) return text === "" ? undefined : findMunicipality(text);
  const byCode = findMunicipality(coded[1]);
  if (!byCode || coded[2] === undefined) return byCode;
  return findMunicipality(coded[2]) === byCode ? byCode : undefined;
}
