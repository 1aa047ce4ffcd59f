/**
 * Builds the Lucene query for the `data_object_search` full-text index from what a user typed. Words are
 * runs of letters and digits, joined by a dot or apostrophe between them or a comma between digits (the
 * index's standard analyzer keeps "2.0" and "1,000" whole and splits ids like INC-1042 in two), so no Lucene
 * syntax from the user ever reaches the parser; every word must match,
 * the last one as a prefix (typeahead), and the exact phrase ranks higher; an id typed without its dash
 * ("prb77") also matches the id (PRB-77). Returns null when no word remains.
 */
export function searchQuery(text: string): string | null {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  const terms = words.map((w, i) => term(w, i === words.length - 1));
  const all = terms.join(" AND ");
  return words.length > 1 ? `(${all}) OR "${words.join(" ")}"^2` : all;
}

/** Letters then digits, as people type an id without its dash ("prb77" for PRB-77, "inc1042"). */
const GLUED_ID = /^(\p{L}+)(\p{N}+)$/u;

/**
 * One word's clause: the last word also as a prefix; a word of letters then digits also as the two words an
 * id like PRB-77 is indexed as, so "prb77" finds PRB-77.
 */
function term(word: string, last: boolean): string {
  const plain = last ? `(${word} OR ${word}*)` : word;
  const glued = GLUED_ID.exec(word);
  if (!glued) return plain;
  const [, letters, digits] = glued;
  return `(${plain} OR (${letters} AND ${last ? `(${digits} OR ${digits}*)` : digits}))`;
}

/** A word as the standard analyzer (Unicode word breaks) sees it; none of its characters is Lucene syntax. */
const WORD = /[\p{L}\p{N}]+(?:(?:[.'\u2019]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu;
