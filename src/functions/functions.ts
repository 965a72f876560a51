// PLACEHOLDER written by the foundation so that the build runs; the functions room replaces it.

/**
 * The area's total labour force (placeholder: sums the numbers).
 * @customfunction LABOURFORCE
 * @param labourForce Labour force of each member municipality.
 * @returns The total labour force.
 */
export function labourForce(labourForce: number[][]): number {
  return labourForce.flat().reduce((sum, n) => sum + n, 0);
}
