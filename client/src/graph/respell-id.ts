/**
 * The id a deep link meant when it names an object in the wrong case (`?root=inc-1042`): the one search hit
 * whose id equals it ignoring case, or null when there is none or more than one. Pure.
 */
export function respelledId(root: string, hits: readonly { id: string }[]): string | null {
  const wanted = root.toLowerCase();
  const matches = hits.filter((h) => h.id.toLowerCase() === wanted && h.id !== root);
  return matches.length === 1 ? (matches[0]?.id ?? null) : null;
}
