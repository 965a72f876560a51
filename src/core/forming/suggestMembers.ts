import { fail, ok, type CalcError, type Result } from "../result";
import { findMunicipality } from "../registry/lookup";
import { bestAddition } from "./additions";
import { groups, namesOf, weightOf } from "./groups";
import { readTable, type Names, type Pairs, type Table } from "./table";

const collator = new Intl.Collator("fi");

/**
 * The most steps the search may take (about 2 s here), counted, not timed, so the answer
 * never depends on the machine: a region's table needs far fewer; a whole country's table
 * of small municipalities far from the minimum could need more than anyone waits for.
 */
export const SEARCH_STEPS = 8_000_000;

/** The members' rows in the table, in the order given: `#N/A` for one not in it, `#VALUE!` for one listed twice. */
function memberRows(members: Names, table: Table): Result<number[]> {
  if (members.length === 0)
    return fail({ code: "#VALUE!", message: "shape.empty", arg: "members" });
  const row = new Map(table.ids.map((id, i) => [id, i]));
  const rows: number[] = [];
  for (let i = 0; i < members.length; i++) {
    const r = row.get(findMunicipality(members[i])?.code ?? "");
    if (r === undefined) {
      const error: CalcError = {
        code: "#N/A",
        message: "forming.memberNotInTable",
        arg: "members",
        ...(members.length > 1 ? { at: { row: i + 1 } } : {}),
        params: { name: String(members[i]) },
      };
      return fail(error);
    }
    const first = rows.indexOf(r);
    if (first >= 0)
      return fail({
        code: "#VALUE!",
        message: "municipality.duplicate",
        arg: "members",
        at: { row: i + 1 },
        params: { name: String(members[i]), first: first + 1 },
      });
    rows.push(r);
  }
  return ok(rows);
}

/**
 * SUGGESTMEMBERS: the fewest further municipalities from the table that make `members` one
 * connected area (bundled `border`/`water` adjacency, or `neighbourPairs` replacing it) at
 * or above the minimum (20 000 unless given); of those, the least labour force added
 * (leaving the neighbours' own areas as viable as possible); then the set holding the
 * earliest-listed municipality where two differ. Finnish names in Finnish alphabetical
 * order; empty when the members already qualify. `#N/A` when a member is not in the table,
 * when the members cannot be connected through the table, or when even everything
 * connected to them stays below the minimum, or when the search would take more than
 * {@link SEARCH_STEPS} steps (many small additions from a large table).
 * @example suggestMembers(["Kannus"], ["Kokkola", "Kannus", "Toholampi"], [19500, 900, 1500]).value // ["Kokkola"]
 */
export function suggestMembers(
  members: Names,
  municipalities: Names,
  labourForce: readonly number[],
  minimum?: number | null,
  neighbourPairs?: Pairs
): Result<string[]> {
  return suggestWithin(SEARCH_STEPS, members, municipalities, labourForce, minimum, neighbourPairs);
}

/** {@link suggestMembers} with a given limit on the search's steps. */
export function suggestWithin(
  steps: number,
  members: Names,
  municipalities: Names,
  labourForce: readonly number[],
  minimum?: number | null,
  neighbourPairs?: Pairs
): Result<string[]> {
  const read = readTable(municipalities, labourForce, minimum, neighbourPairs);
  if (!read.ok) return read;
  const table = read.value;
  const rows = memberRows(members, table);
  if (!rows.ok) return rows;
  const group = groups(table.links).find((g) => g.includes(rows.value[0]))!;
  const names = namesOf(rows.value, table);
  if (!rows.value.every((r) => group.includes(r)))
    return fail({
      code: "#N/A",
      message: "forming.notConnectable",
      arg: "members",
      params: { names },
    });
  const value = weightOf(group, table.weights);
  if (value < table.minimum) {
    const params = {
      names,
      value,
      count: group.length - rows.value.length,
      minimum: table.minimum,
    };
    return fail({ code: "#N/A", message: "forming.cannotReach", arg: "members", params });
  }
  // The whole group qualifies, so some size up to the rest of the group has an addition.
  const budget = { steps };
  for (let size = 0; ; size++) {
    const found = bestAddition(table, rows.value, size, budget);
    if (budget.steps < 0) {
      const params = { names, max: steps };
      return fail({
        code: "#N/A",
        message: "forming.searchTooLarge",
        arg: "municipalities",
        params,
      });
    }
    if (found) return ok(found.rows.map((r) => table.names[r]).sort(collator.compare));
  }
}
