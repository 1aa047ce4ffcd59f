import { LINK_ROLES } from "../../../server/model/index.ts";
import type { LinkRoleDef } from "../../../server/model/index.ts";
import type { LinkRole } from "../api/generated/operations.ts";
import type { GraphEdge } from "./types.ts";

export type { LinkRole };
/** The role of a lineage relationship type, as the API names it: the model's one function. */
export { linkRoleOf } from "../../../server/model/index.ts";

/** Roles the "fade" switch dims: they act on or learn from what exists, they never make it exist. */
export const FADED_ROLES: ReadonlySet<LinkRole> = new Set<LinkRole>(["OPERATIONAL", "FEEDBACK"]);

/** How each role is drawn: the canvas style and the legend's sample line read the same values. */
export const ROLE_LINES: Readonly<Record<LinkRole, { style: "solid" | "dashed" | "dotted"; width: number }>> =
  {
    PROVENANCE: { style: "solid", width: 2.5 },
    REFERENCE: { style: "solid", width: 1 },
    OPERATIONAL: { style: "dashed", width: 1.5 },
    FEEDBACK: { style: "dotted", width: 1.5 },
  };

export interface RoleInView extends LinkRoleDef {
  apiRole: LinkRole;
  /** Links of this role in the drawn graph. */
  count: number;
  /** True when the fade switch dims this role. */
  fadable: boolean;
}

/** The roles of the links on screen, in the model's order, with how many links each has. Pure. */
export function rolesInView(edges: readonly GraphEdge[]): RoleInView[] {
  const counts = new Map<LinkRole, number>();
  for (const edge of edges) counts.set(edge.role, (counts.get(edge.role) ?? 0) + 1);
  return LINK_ROLES.map((def) => {
    const apiRole = def.role.toUpperCase() as LinkRole;
    return { ...def, apiRole, count: counts.get(apiRole) ?? 0, fadable: FADED_ROLES.has(apiRole) };
  }).filter((r) => r.count > 0);
}
