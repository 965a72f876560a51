import { decimalOf, pow10, type Decimal } from "./decimal";
import { scaledInteger } from "./scaled";

/**
 * The exact sum of decimal values (each read as `decimalOf` reads it). Whole-cent amounts,
 * the usual case, are summed as integers without BigInt per element.
 * @example decimalSum([0.1, 0.2]) // { int: 3n, scale: 1 }
 * @example decimalSum([1000000.01, 2.5]) // { int: 100000251n, scale: 2 }
 */
export function decimalSum(values: readonly number[]): Decimal {
  let cents = 0;
  let fast = true;
  for (let i = 0; i < values.length && fast; i++) {
    const c = scaledInteger(values[i], 2);
    if (c === undefined) fast = false;
    else cents += c;
  }
  if (fast && Number.isSafeInteger(cents)) {
    let d: Decimal = { int: BigInt(cents), scale: 2 };
    while (d.scale > 0 && d.int % 10n === 0n) d = { int: d.int / 10n, scale: d.scale - 1 };
    return d;
  }
  const ds = values.map(decimalOf);
  const scale = Math.max(...ds.map((d) => d.scale));
  return { int: ds.reduce((s, d) => s + d.int * pow10(scale - d.scale), 0n), scale };
}
