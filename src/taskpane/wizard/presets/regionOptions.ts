/**
 * Regions as the pane shows them: the name in the pane's language (Statistics Finland's
 * fi/sv/en names, ../regionNames.ts), sorted by that language's collation
 * (Swedish puts Å, Ä, Ö after Z: "Österbotten" comes last). The value stays the Finnish
 * name, which is what the registry and the saved state hold.
 */
import { regionName } from "../regionNames";
import type { Language } from "../../i18n";

const COLLATION: Readonly<Record<Language, string>> = { fi: "fi", sv: "sv", en: "en" };

export interface RegionOption {
  /** The region's Finnish name (the registry's key). */
  readonly value: string;
  /** Its name in the pane's language. */
  readonly label: string;
}

/** `regions` (Finnish names) labelled in `language` and sorted by its collation. */
export function regionOptions(regions: readonly string[], language: Language): RegionOption[] {
  const collator = new Intl.Collator(COLLATION[language]);
  return regions
    .map((value) => ({ value, label: regionName(value, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
