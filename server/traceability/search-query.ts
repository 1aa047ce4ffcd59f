/**
 * Builds the Lucene query for the `data_object_search` full-text index from what a user typed. The text is
 * split into words on anything that is not a letter or a digit (the index's analyzer splits ids like
 * INC-1042 the same way), so no Lucene syntax from the user ever reaches the parser; every word must match,
 * the last one as a prefix (typeahead), and the exact phrase ranks higher. Returns null when no word remains.
 */
export function searchQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  const terms = words.map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w));
  const all = terms.join(" AND ");
  return words.length > 1 ? `(${all}) OR "${words.join(" ")}"^2` : all;
}
