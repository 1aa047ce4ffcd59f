/** "1 open problem", "3 open problems": a count with its noun in the right number. Pure. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The noun alone, in the number that goes with `n` (when the count is drawn apart from its noun). */
export function nounFor(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}
