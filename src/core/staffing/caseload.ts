import { fail, ok, type Result } from "../result";
import { Count, Positive } from "../schemas/domains";
import { checkList, checkSameLength } from "../schemas/validate";
import { allFinite } from "../exact/finite";

/**
 * CASELOAD: clients per FTE (clients / fte), unrounded. Lists of the same length give an
 * elementwise result; a single FTE figure applies to every row. An FTE of 0 or less is
 * invalid input (#VALUE!), not #DIV/0!.
 * @example caseload(3762, 29).value // 3762 / 29
 * @example caseload([260, 340], 2).value // [130, 170]
 */
export function caseload(clients: number, fte: number): Result<number>;
export function caseload(
  clients: readonly number[],
  fte: number | readonly number[]
): Result<number[]>;
export function caseload(
  clients: number | readonly number[],
  fte: number | readonly number[]
): Result<number | number[]> {
  const cs = typeof clients === "number" ? [clients] : clients;
  let fs = typeof fte === "number" ? [fte] : fte;
  const bad = checkList(Count, cs, "clients") ?? checkList(Positive, fs, "fte");
  if (bad) return fail(bad);
  if (fs.length === 1 && cs.length > 1) fs = cs.map(() => fs[0]);
  const mismatch = checkSameLength(cs, "clients", fs, "fte");
  if (mismatch) return fail(mismatch);
  const given = typeof fte === "number" ? [fte] : fte;
  const out = allFinite(
    cs.map((c, i) => c / fs[i]),
    "fte",
    given
  );
  if (!out.ok) return out;
  return ok(typeof clients === "number" ? out.value[0] : out.value);
}
