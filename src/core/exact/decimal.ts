/**
 * Exact decimals: `value = int / 10^scale`. Numbers from Excel are binary doubles with 15
 * significant decimal digits of meaning, so a non-integer is read at 15 significant digits
 * (as Excel shows it): 0.1 + 0.2 (0.30000000000000004) reads as 0.3, 37.21 as 37.21.
 * Integers are taken exactly.
 */
export interface Decimal {
  readonly int: bigint;
  readonly scale: number;
}

const POW10: bigint[] = [1n];

/** 10^n as a BigInt (cached). */
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1] * 10n);
  return POW10[n];
}

/**
 * The exact decimal a finite number stands for (15 significant digits for non-integers).
 * @example decimalOf(37.21) // { int: 3721n, scale: 2 }
 * @example decimalOf(0.1 + 0.2) // { int: 3n, scale: 1 }
 */
export function decimalOf(x: number): Decimal {
  if (Number.isInteger(x)) return { int: BigInt(x), scale: 0 };
  const [mantissa, exponentText] = x.toPrecision(15).split("e");
  const negative = mantissa.startsWith("-");
  const [whole, fraction = ""] = mantissa.replace("-", "").split(".");
  let digits = whole + fraction;
  let scale = fraction.length - Number(exponentText ?? 0);
  while (scale > 0 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    scale--;
  }
  let int = BigInt(digits);
  if (scale < 0) {
    int *= pow10(-scale);
    scale = 0;
  }
  return { int: negative ? -int : int, scale };
}

/** The same value written with `scale` decimals (scale must be ≥ d.scale). */
export function rescale(d: Decimal, scale: number): bigint {
  return d.int * pow10(scale - d.scale);
}

/** The nearest double to an exact decimal (correctly rounded in the usual ranges). */
export function toNumber(int: bigint, scale: number): number {
  if (scale <= 22 && int <= 9007199254740991n && int >= -9007199254740991n) {
    return Number(int) / 10 ** scale;
  }
  return Number(`${int}e-${scale}`);
}

/** n / d rounded half away from zero (d > 0). */
export function divRoundHalfAway(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** n / d rounded up (d > 0). */
export function divCeil(n: bigint, d: bigint): bigint {
  const q = n / d;
  return q * d < n ? q + 1n : q;
}
