import { MUNICIPALITY_ROWS, REGIONS } from "./data.generated";

/** One municipality of the 2025 division (Statistics Finland, CC BY 4.0). */
export interface Municipality {
  /** 3-digit code as text, leading zeros kept ("005"). */
  readonly code: string;
  /** Finnish name. */
  readonly fi: string;
  /** Swedish name (the Finnish one where there is no separate Swedish name). */
  readonly sv: string;
  /** Region (maakunta), Finnish name. */
  readonly region: string;
  /** True for the 16 Åland municipalities, which are outside the employment-area reform. */
  readonly aland: boolean;
}

let cache: readonly Municipality[] | undefined;

/**
 * The 308 municipalities of 2025 in code order, parsed once from the generated data.
 * @example allMunicipalities().length // 308
 */
export function allMunicipalities(): readonly Municipality[] {
  if (!cache) {
    cache = MUNICIPALITY_ROWS.split("\n").map((row) => {
      const [code, fi, sv, region, aland] = row.split("|");
      return {
        code,
        fi,
        sv: sv || fi,
        region: REGIONS[Number(region)],
        aland: aland === "1",
      };
    });
  }
  return cache;
}
