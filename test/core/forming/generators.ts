import fc from "fast-check";
import { allMunicipalities, bundledAdjacency } from "../../../src/core";

const mainland = allMunicipalities().filter((m) => !m.aland);

/** Codes of a random connected set of `min`..`max` real mainland neighbours, in random order. */
export function connectedCodes(min: number, max: number): fc.Arbitrary<string[]> {
  const { neighbours } = bundledAdjacency();
  return fc
    .record({
      start: fc.nat({ max: mainland.length - 1 }),
      picks: fc.array(fc.nat(), { minLength: max, maxLength: max }),
      size: fc.integer({ min, max }),
      keys: fc.array(fc.double({ noNaN: true }), { minLength: max, maxLength: max }),
    })
    .map(({ start, picks, size, keys }) => {
      const chosen = [mainland[start].code];
      for (let i = 1; i < size; i++) {
        const frontier = [...new Set(chosen.flatMap((c) => [...(neighbours.get(c) ?? [])]))]
          .filter((c) => !chosen.includes(c))
          .sort();
        if (frontier.length === 0) break;
        chosen.push(frontier[picks[i] % frontier.length]);
      }
      return chosen
        .map((c, i) => ({ c, k: keys[i] }))
        .sort((a, b) => a.k - b.k || (a.c < b.c ? -1 : 1))
        .map((x) => x.c);
    });
}

/** The bundled adjacency (`border` and `water`) among the given codes, as row lists. */
export function linksOf(codes: readonly string[]): number[][] {
  const { neighbours } = bundledAdjacency();
  return codes.map((c) => codes.flatMap((d, j) => (neighbours.get(c)?.has(d) ? [j] : [])));
}
