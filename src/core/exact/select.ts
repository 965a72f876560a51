/**
 * Rearranges `a` so that `a[k]` is the value that would be there if `a` were sorted
 * ascending, with everything before it ≤ it and everything after ≥ it (Hoare's selection,
 * median-of-three pivots; linear on average). Used to find the largest-remainder cut
 * without sorting.
 * @example selectInPlace(new Float64Array([0.5, 0.1, 0.9, 0.3]), 2)[2] // 0.5
 */
export function selectInPlace(a: Float64Array, k: number): Float64Array {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as pivot
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
