import { createRemoteJWKSet, errors, jwtVerify } from "jose";
import type { JWTPayload } from "jose";
import type { JwtConfig } from "../config.ts";
import { AppError } from "../errors/index.ts";

/** Verifies a bearer token and returns its claims, or throws UNAUTHENTICATED saying why. */
export type TokenVerifier = (token: string) => Promise<JWTPayload>;

/**
 * A verifier for HS256 tokens signed with `secret`, or for tokens signed by the keys at `jwksUrl` (keys are
 * fetched once and cached by jose). Issuer and audience are checked when configured.
 */
export function createTokenVerifier(config: JwtConfig & { secret?: string }): TokenVerifier {
  const options = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  if (config.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(config.jwksUrl));
    return async (token) => unauthenticatedOnFailure(() => jwtVerify(token, keys, options));
  }
  if (!config.secret) throw new Error("cannot happen: a token verifier needs a secret or a JWKS URL");
  const key = new TextEncoder().encode(config.secret);
  return async (token) =>
    unauthenticatedOnFailure(() => jwtVerify(token, key, { ...options, algorithms: ["HS256"] }));
}

async function unauthenticatedOnFailure(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verify()).payload;
  } catch (error) {
    throw new AppError("UNAUTHENTICATED", `The bearer token was rejected: ${reason(error)}`, {
      details: { reason: reasonCode(error) },
    });
  }
}

function reasonCode(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "EXPIRED";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "BAD_SIGNATURE";
  if (error instanceof errors.JWTClaimValidationFailed) return `BAD_CLAIM_${error.claim.toUpperCase()}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "ALGORITHM_NOT_ALLOWED";
  if (error instanceof errors.JWKSNoMatchingKey) return "UNKNOWN_KEY";
  return "MALFORMED";
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "it has expired; get a new token.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `its "${error.claim}" claim is not accepted (${error.message}).`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "its signing algorithm is not accepted.";
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the key set matches it.";
  if (error instanceof errors.JOSEError) return `it is not a valid JWT (${error.code}).`;
  return "it could not be verified.";
}
