import { RENAMED_RELATIONSHIPS } from "../model/index.ts";
import type { DocumentRelationship, ImportProblem } from "./document.ts";
import type { IdTypes } from "./rule.ts";
import { problem } from "./rule.ts";

const RENAMES = new Map(RENAMED_RELATIONSHIPS.map((r) => [`${r.from}|${r.type}|${r.to}`, r.now]));

/**
 * The current name of a relationship written with a name the model has since split (e.g. ITInitiative
 * -[RAISES]-> RFC is now REQUESTS_CHANGE), or undefined when its name is current or its ends are unknown.
 */
export function currentRelationshipName(rel: DocumentRelationship, ids: IdTypes): string | undefined {
  if (typeof rel.from !== "string" || typeof rel.to !== "string") return undefined;
  const from = ids.typeOf(rel.from);
  const to = ids.typeOf(rel.to);
  if (from === undefined || to === undefined) return undefined;
  return RENAMES.get(`${from}|${rel.type}|${to}`);
}

/** The deprecation warning for a relationship imported under its old name. */
export function renamedWarning(rel: DocumentRelationship, now: string, location: string): ImportProblem {
  return problem(
    `${location}/type`,
    "type",
    "DEPRECATED_RELATIONSHIP_NAME",
    `${rel.type} from "${String(rel.from)}" to "${String(rel.to)}" is now called ${now}; it was imported as ${now}. ` +
      `Write ${now} in new files: the old name will stop being accepted.`,
  );
}
