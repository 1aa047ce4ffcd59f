/**
 * Builds the Lucene query for the `data_object_search` full-text index from what a user typed. Words are
 * runs of letters and digits, joined by a dot or apostrophe between them or a comma between digits (the
 * index's standard analyzer keeps "2.0" and "1,000" whole and splits ids like INC-1042 in two), so no Lucene
 * syntax from the user ever reaches the parser; every word must match,
 * the last one as a prefix (typeahead), and the exact phrase ranks higher. Returns null when no word remains.
 */
export function searchQuery(text: string): string | null {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  const terms = words.map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w));
  const all = terms.join(" AND ");
  return words.length > 1 ? `(${all}) OR "${words.join(" ")}"^2` : all;
}

/** A word as the standard analyzer (Unicode word breaks) sees it; none of its characters is Lucene syntax. */
const WORD = /[\p{L}\p{N}]+(?:(?:[.'\u2019]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu;
