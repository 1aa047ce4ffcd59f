import type { Driver } from "neo4j-driver";
import { AppError } from "./errors/index.ts";

/**
 * Who may do what. Roles are ordered: each role can do everything the roles before it can.
 * - viewer: read data objects and lineage (no accountability links).
 * - auditor: also read accountability (Party, owners, approvers, assignees) and history.
 * - editor: also write (generated mutations, importGraph).
 * - admin: everything.
 */
export const ROLES = ["viewer", "auditor", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Per-request context handed to every resolver (generated and custom). */
export interface RequestContext {
  driver: Driver;
  database?: string;
  /** Roles of the caller; an anonymous local caller is `["viewer"]`. */
  roles: readonly Role[];
  /** The token's `sub`, when the caller presented a token. */
  subject?: string;
  /** Neo4j transaction timeout for every query this request runs. */
  queryTimeoutMs: number;
  requestId: string;
}

const RANK: Readonly<Record<Role, number>> = { viewer: 0, auditor: 1, editor: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when one of the caller's roles is `role` or ranks above it. */
export function hasRole(ctx: Pick<RequestContext, "roles">, role: Role): boolean {
  return ctx.roles.some((r) => RANK[r] >= RANK[role]);
}

/** Accountability data (Party, owners, approvers, assignees) is for auditor, editor and admin. */
export function canSeeAccountability(ctx: Pick<RequestContext, "roles">): boolean {
  return hasRole(ctx, "auditor");
}

/**
 * Throws FORBIDDEN unless the caller has `role` (or a higher one). Anonymous callers are told to sign in,
 * with the same code so clients handle one case.
 */
export function requireRole(ctx: Pick<RequestContext, "roles" | "subject">, role: Role): void {
  if (hasRole(ctx, role)) return;
  const who = ctx.subject === undefined ? "an anonymous caller" : `"${ctx.subject}"`;
  throw new AppError(
    "FORBIDDEN",
    `This operation needs the ${role} role (or higher); ${who} has ${ctx.roles.join(", ") || "no roles"}. ` +
      `Send a bearer token whose "roles" claim includes ${role}.`,
    { details: { required: role, roles: [...ctx.roles] } },
  );
}

const VALID_ONLY_NOW = Symbol("answerValidOnlyNow");

/**
 * Marks this request's answer as valid only for now (e.g. a whole-estate answer served stale while its
 * recomputation runs): the answer cache (graphql/answer-cache.ts) does not keep it for its estate version.
 */
export function answerValidOnlyNow(ctx: object): void {
  (ctx as { [VALID_ONLY_NOW]?: true })[VALID_ONLY_NOW] = true;
}

/** False once a resolver called answerValidOnlyNow for this request. */
export function isAnswerToKeep(ctx: object): boolean {
  return (ctx as { [VALID_ONLY_NOW]?: true })[VALID_ONLY_NOW] !== true;
}
