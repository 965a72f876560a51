/**
 * Fast exact reading of amounts with at most `scale` decimals (cents: scale 2): the integer
 * r with r / 10^scale equal to x as Excel shows it, or `undefined` when x has more
 * decimals (then use `decimalOf`). Exact because a decimal of at most 15 significant
 * digits survives the round trip through a double (DBL_DIG = 15).
 * @example scaledInteger(1234567.89, 2) // 123456789
 * @example scaledInteger(0.1 + 0.2, 2) // undefined
 */
export function scaledInteger(x: number, scale: number): number | undefined {
  const f = 10 ** scale;
  const r = Math.round(x * f);
  return Math.abs(r) < 1e15 && r / f === x ? r : undefined;
}
