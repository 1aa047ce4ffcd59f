/**
 * Splits a Cypher file into statements on `;` outside strings, backtick names and comments; drops
 * comment-only and empty statements.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (quote) {
      current += c;
      if (c === "\\" && quote !== "`") {
        current += next ?? "";
        i++;
      } else if (c === quote) quote = null;
      continue;
    }
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end - 1;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    if (c === ";") {
      statements.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}
