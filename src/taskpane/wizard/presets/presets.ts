/**
 * Member presets: the known 2025 employment areas (assets/data/tyollisyysalueet_2025_tunnetut.csv,
 * each row naming its public source) and whole regions from the municipality registry.
 */
import { allMunicipalities } from "../../../core";
import type { Language } from "../../i18n";
import { regionOptions } from "./regionOptions";

export interface Preset {
  readonly kind: "area" | "region";
  readonly name: string;
  readonly codes: readonly string[];
  /** Where the composition comes from. */
  readonly source: string;
}

/** Splits one CSV line (double-quoted fields may hold commas and "" quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) {
    const f = m[1];
    out.push(f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
    if (m[2] === "") break;
  }
  return out;
}

/** The known areas in the CSV (header `alue,malli,kunta,nimi,lahde`), in file order. */
export function knownAreas(csv: string): Preset[] {
  const areas = new Map<string, { codes: string[]; sources: Set<string> }>();
  for (const line of csv.trim().split(/\r?\n/).slice(1)) {
    const [alue, , kunta, , lahde] = csvFields(line);
    if (!alue || !kunta) continue;
    const a = areas.get(alue) ?? { codes: [], sources: new Set<string>() };
    a.codes.push(kunta);
    if (lahde) a.sources.add(lahde);
    areas.set(alue, a);
  }
  return [...areas].map(([name, a]) => ({
    kind: "area",
    name,
    codes: a.codes,
    source: [...a.sources].join("; "),
  }));
}

/**
 * Every region of the reform (Åland excluded) with its municipalities, named in `language`
 * and sorted by its collation.
 */
export function regionPresets(source: string, language: Language): Preset[] {
  const by = new Map<string, string[]>();
  for (const m of allMunicipalities())
    if (!m.aland && m.region) by.set(m.region, [...(by.get(m.region) ?? []), m.code]);
  return regionOptions([...by.keys()], language).map((r) => ({
    kind: "region",
    name: r.label,
    codes: by.get(r.value)!,
    source,
  }));
}
