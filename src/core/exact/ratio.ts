/**
 * n / d as the nearest-ish double for BigInts of any size (relative error a few units in
 * the last place), where `Number(n) / Number(d)` would give Infinity / Infinity = NaN.
 * @example ratioToNumber(1n, 3n) // 1 / 3
 * @example ratioToNumber(10n ** 400n, 4n * 10n ** 400n) // 0.25
 */
export function ratioToNumber(n: bigint, d: bigint): number {
  const shift = BigInt(Math.max(d.toString(2).length, n.toString(2).length) - 1000);
  if (shift <= 0n) return Number(n) / Number(d);
  return Number(n >> shift) / Number(d >> shift);
}
