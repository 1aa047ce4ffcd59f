/**
 * Strings that have broken query languages and parsers elsewhere: Cypher injection attempts (quotes, comments,
 * clause keywords, parameters, procedure calls), Lucene full-text syntax, and Unicode edge cases. The fuzz
 * test puts them into every string argument and checks they are stored and returned literally.
 */
export const CYPHER_STRINGS: readonly string[] = [
  `' OR 1=1 //`,
  `" OR ""="`,
  `x'}) MATCH (n) DETACH DELETE n //`,
  `x"}) MATCH (n) DETACH DELETE n //`,
  "x`) MATCH (n) DETACH DELETE n //",
  `}) WITH 1 AS x MATCH (p:Party) RETURN p.email //`,
  `' UNION MATCH (p:Party) RETURN p.name AS name //`,
  `CREATE (:Injected {id: 'pwned'})`,
  `MERGE (x:Party {id: 'root'}) SET x.roles = ['admin']`,
  `CALL dbms.security.listUsers()`,
  `CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})`,
  `LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line`,
  `DROP CONSTRAINT data_object_id IF EXISTS`,
  `$id`,
  `$__proto__`,
  `{id}`,
  `/* */ MATCH (n) RETURN n //`,
  `\\' MATCH (n) DETACH DELETE n //`,
  `'\n MATCH (n) DETACH DELETE n\n//`,
  `name: "x") { id } } mutation { deletePolicies { nodesDeleted } } #`,
  `*:* OR id:*`,
  `name:(a OR b) AND NOT c~2^3 "phrase"~4 [a TO z] {a TO z} /reg.*ex/ \\`,
  `"unterminated`,
  `((((((((((`,
  `?*~^!&&||:`,
  `__typename`,
  `constructor`,
  `null`,
];

export const UNICODE_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "nul\u0000inside",
  "\uFEFFbom",
  "\uD800",
  "\uDFFFlow",
  "😀👩‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "\u202Eright-to-left",
  "\u200B\u200C\u200D\u2060",
  "𝕳𝖊𝖑𝖑𝖔",
  "Ωμέγα — Straße — 日本語 — العربية",
  "\r\n\t\u000b\u000c",
  '\\"\\\\',
  "\u2028\u2029",
  "\uFFFF\uFFFE",
];

/** Every hostile string, in a fixed order. */
export const HOSTILE_STRINGS: readonly string[] = [...CYPHER_STRINGS, ...UNICODE_STRINGS];
