import type { JWTPayload } from "jose";
import { isRole } from "../context.ts";
import type { Role } from "../context.ts";
import { AppError } from "../errors/index.ts";
import type { TokenVerifier } from "./verify-token.ts";

/** Who is calling: roles from the token's `roles` claim, or the anonymous local viewer. */
export interface Caller {
  roles: readonly Role[];
  subject?: string;
  /** The verified claims (passed to @neo4j/graphql as the decoded JWT). */
  claims: JWTPayload & { roles: readonly Role[] };
}

export interface AuthenticateOptions {
  verify: TokenVerifier;
  /** Production: a request without a token is UNAUTHENTICATED. Local: it is an anonymous viewer. */
  production: boolean;
}

const ANONYMOUS_ROLES: readonly Role[] = ["viewer"];

/** Authenticates one request from its Authorization header. Unknown role names in the claim are ignored. */
export async function authenticate(
  authorization: string | undefined,
  options: AuthenticateOptions,
): Promise<Caller> {
  if (authorization === undefined || authorization.trim() === "") {
    if (options.production) {
      throw new AppError(
        "UNAUTHENTICATED",
        'This server needs a bearer token: send "Authorization: Bearer <JWT>" with a "roles" claim.',
        { details: { reason: "MISSING" } },
      );
    }
    return { roles: ANONYMOUS_ROLES, claims: { roles: ANONYMOUS_ROLES } };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) {
    throw new AppError("UNAUTHENTICATED", 'The Authorization header must be "Bearer <JWT>".', {
      details: { reason: "MALFORMED" },
    });
  }
  const payload = await options.verify(match[1]);
  const claimed: unknown = payload.roles;
  const roles = Array.isArray(claimed) ? [...new Set(claimed.filter(isRole))] : [];
  return {
    roles,
    ...(payload.sub ? { subject: payload.sub } : {}),
    claims: { ...payload, roles },
  };
}
