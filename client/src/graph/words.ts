/** "1 open problem", "3 open problems": a count with its noun in the right number. Pure. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The noun alone, in the number that goes with `n` (when the count is drawn apart from its noun). */
export function nounFor(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}

/** "isExperiencedBy" → "is experienced by": a camelCase (or snake_case) name in lower-case words. Pure. */
export function camelWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
}

/** "decidedAt" → "Decided at", "costCentre" → "Cost centre": a model attribute's key in words. Pure. */
export function keyWords(key: string): string {
  const words = camelWords(key);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An attribute's value for reading: an ISO instant as "2026-02-10 14:30 UTC" (its offset kept when not UTC:
 * an auditor sees the instant as recorded), a number with thousands separators, anything else as text. Pure.
 */
export function valueWords(value: unknown): string {
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (typeof value === "string") {
    const m = ISO_INSTANT.exec(value);
    if (m) return `${m[1]} ${m[2]} ${m[3] === "Z" || m[3] === "+00:00" ? "UTC" : m[3]}`;
    return value;
  }
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
