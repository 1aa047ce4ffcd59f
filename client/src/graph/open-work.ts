import type { OpenWork } from "./types.ts";

/** The badge of an object's open work, nothing when it has none: "INC 1 · RFC 2". Pure. */
export function workBadge(work: OpenWork | null | undefined): string {
  if (!work) return "";
  const parts = [
    work.incidents > 0 ? `INC ${work.incidents}` : "",
    work.problems > 0 ? `PRB ${work.problems}` : "",
    work.changes > 0 ? `RFC ${work.changes}` : "",
  ].filter((p) => p !== "");
  return parts.join(" · ");
}

/** The open work of a group node: its members' counts added up, urgent when any member's is. Pure. */
export function sumWork(works: readonly (OpenWork | null | undefined)[]): OpenWork | null {
  const known = works.filter((w): w is OpenWork => !!w);
  if (known.length === 0) return null;
  return {
    incidents: known.reduce((s, w) => s + w.incidents, 0),
    problems: known.reduce((s, w) => s + w.problems, 0),
    changes: known.reduce((s, w) => s + w.changes, 0),
    urgent: known.some((w) => w.urgent),
  };
}
