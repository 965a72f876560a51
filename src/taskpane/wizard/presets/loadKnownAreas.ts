/** The known 2025 areas' CSV, emitted by webpack as a file and fetched when the picker first shows. */
import { knownAreas, type Preset } from "./presets";

let cache: Promise<Preset[]> | undefined;

export function loadKnownAreas(): Promise<Preset[]> {
  cache ??= fetch(
    new URL("../../../../assets/data/tyollisyysalueet_2025_tunnetut.csv", import.meta.url)
  )
    .then((r) => {
      if (!r.ok) throw new Error(`known areas: HTTP ${r.status}`);
      return r.text();
    })
    .then(knownAreas);
  cache.catch(() => (cache = undefined));
  return cache;
}
