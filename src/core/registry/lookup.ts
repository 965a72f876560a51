import { fail, ok, type Position, type Result } from "../result";
import { allMunicipalities, type Municipality } from "./registry";

/** Lower case, NFC, surrounding spaces trimmed and inner runs of spaces collapsed. */
export function normalizeName(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fi");
}

/** Without diacritics (ä → a, ö → o, å → a) and with hyphens as spaces: for typing without ä/ö. */
function fold(key: string): string {
  return key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/-/g, " ");
}

interface Index {
  readonly byCode: ReadonlyMap<string, Municipality>;
  readonly byName: ReadonlyMap<string, Municipality>;
  readonly byFolded: ReadonlyMap<string, Municipality | null>;
}
let index: Index | undefined;

function build(): Index {
  const byCode = new Map<string, Municipality>();
  const byName = new Map<string, Municipality>();
  const byFolded = new Map<string, Municipality | null>();
  for (const m of allMunicipalities()) {
    byCode.set(m.code, m);
    for (const name of [m.fi, m.sv]) {
      byName.set(normalizeName(name), m);
      const f = fold(normalizeName(name));
      const seen = byFolded.get(f);
      byFolded.set(f, seen === undefined || seen === m ? m : null); // null: ambiguous without ä/ö
    }
  }
  return { byCode, byName, byFolded };
}

// Statistics Finland's table labels: "KU005 Alajärvi", "005 Alajärvi", "KU005", and the
// bilingual "KU478 Maarianhamina - Mariehamn".
const STATFIN_LABEL = /^(?:ku(\d{3})|(?:ku)?(\d{3}) (.+))$/;

function byName(index: Index, key: string): Municipality | undefined {
  return index.byName.get(key) ?? index.byFolded.get(fold(key)) ?? undefined;
}

/** A StatFin label's municipality: the code's entry, when the name (if any) is that municipality's. */
function byLabel(index: Index, key: string): Municipality | undefined {
  const label = STATFIN_LABEL.exec(key);
  if (!label) return undefined;
  const m = index.byCode.get(label[1] ?? label[2]);
  const named = (name: string) => name.split(" - ").every((part) => byName(index, part) === m);
  return m && (label[3] === undefined || named(label[3])) ? m : undefined;
}

/**
 * The registry entry for a municipality code (number 5 or text "005"/"5"), a Finnish or
 * Swedish name, case-insensitive, surrounding spaces ignored, or a label of Statistics
 * Finland's tables ("KU005 Alajärvi", "005 Alajärvi"; a label whose name is not the code's
 * municipality is not found). A name typed without ä/ö/å ("Jamsa") is found when that is
 * unambiguous. Åland municipalities are found too (their entry says `aland: true`; they are
 * outside the reform, which callers may point out).
 * @example findMunicipality(" helsingfors ")?.code // "091"
 * @example findMunicipality(5)?.fi // "Alajärvi"
 * @example findMunicipality("Jamsa")?.fi // "Jämsä"
 * @example findMunicipality("KU005 Alajärvi")?.code // "005"
 * @example findMunicipality("005 Alajärvi")?.fi // "Alajärvi"
 * @example findMunicipality("005 Helsinki") // undefined
 * @example findMunicipality("Atlantis") // undefined
 */
export function findMunicipality(query: string | number): Municipality | undefined {
  index ??= build();
  if (typeof query === "number") {
    return Number.isInteger(query) && query >= 0 && query < 1000
      ? index.byCode.get(String(query).padStart(3, "0"))
      : undefined;
  }
  const key = normalizeName(query);
  if (/^\d{1,3}$/.test(key)) return index.byCode.get(key.padStart(3, "0"));
  return byName(index, key) ?? byLabel(index, key);
}

/** `findMunicipality` as a `Result`: an unknown municipality is `#N/A` naming arg and position. */
export function resolveMunicipality(
  query: string | number,
  arg: string,
  at?: Position
): Result<Municipality> {
  const m = findMunicipality(query);
  if (m) return ok(m);
  return fail({
    code: "#N/A",
    message: "municipality.unknown",
    arg,
    ...(at ? { at } : {}),
    params: { text: String(query) },
  });
}
