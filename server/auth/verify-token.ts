import { createRemoteJWKSet, errors, jwtVerify } from "jose";
import type { JWTPayload, JWTVerifyOptions } from "jose";
import type { JwtConfig } from "../config.ts";
import { AppError } from "../errors/index.ts";

/** Verifies a bearer token and returns its claims, or throws UNAUTHENTICATED saying why. */
export type TokenVerifier = (token: string) => Promise<JWTPayload>;

/** What a verifier checks; lifetime and skew default to the configuration's defaults (12 h, 60 s). */
export type TokenVerifierOptions = Omit<JwtConfig, "maxTtlSeconds" | "clockSkewSeconds"> &
  Partial<Pick<JwtConfig, "maxTtlSeconds" | "clockSkewSeconds">> & { secret?: string };

/** Signing algorithms accepted: HS256 with the shared secret; RS256 and ES256 from an identity provider's keys. */
export const SECRET_ALGORITHMS = ["HS256"] as const;
export const JWKS_ALGORITHMS = ["RS256", "ES256"] as const;

/**
 * A verifier for HS256 tokens signed with `secret`, or for RS256/ES256 tokens signed by the keys at `jwksUrl`
 * (keys are fetched once and cached by jose). Every token needs `exp`; it may live at most `maxTtlSeconds`
 * (exp - iat, or exp - now without iat), and `iat` and `nbf` may lie at most `clockSkewSeconds` ahead of this
 * server's clock; `exp` is enforced as written. Issuer and audience are checked when configured (production requires an audience).
 */
export function createTokenVerifier(config: TokenVerifierOptions): TokenVerifier {
  const maxTtl = config.maxTtlSeconds ?? 12 * 3600;
  const skew = config.clockSkewSeconds ?? 60;
  const common: JWTVerifyOptions = {
    requiredClaims: ["exp"],
    clockTolerance: skew,
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  const check = (payload: JWTPayload): JWTPayload => checkLifetime(payload, maxTtl, skew);
  if (config.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(config.jwksUrl));
    const options = { ...common, algorithms: [...JWKS_ALGORITHMS] };
    return remembered(check, (token) => unauthenticatedOnFailure(() => jwtVerify(token, keys, options)));
  }
  if (!config.secret) throw new Error("cannot happen: a token verifier needs a secret or a JWKS URL");
  // Imported once: given the raw secret, jose imports it again for every token (136–201 µs a verification
  // here, 45–83 µs with the imported key).
  const key = crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(config.secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["verify"],
  );
  const options = { ...common, algorithms: [...SECRET_ALGORITHMS] };
  return remembered(check, async (token) => {
    const imported = await key;
    return unauthenticatedOnFailure(() => jwtVerify(token, imported, options));
  });
}

/** Tokens remembered after their signature and claims verified: at most this many, each this long. */
const REMEMBERED_TOKENS = 1_000;
const REMEMBER_MS = 60_000;

/**
 * A dashboard sends the same token with every request: once its signature, issuer and audience verified,
 * the same token string is not verified again for up to a minute (which adds at most a minute to the 10 jose
 * keeps a fetched key set before a withdrawn key stops being accepted), and its lifetime (`exp`, `iat`) is
 * checked on every use as before. Only tokens
 * that verified are remembered, so a flood of bad tokens never fills it.
 */
function remembered(
  check: (payload: JWTPayload) => JWTPayload,
  verify: (token: string) => Promise<JWTPayload>,
): TokenVerifier {
  const verified = new Map<string, { payload: JWTPayload; until: number }>();
  return async (token) => {
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return check(known.payload);
    const payload = check(await verify(token));
    verified.delete(token);
    verified.set(token, { payload, until: now + REMEMBER_MS });
    if (verified.size > REMEMBERED_TOKENS) verified.delete(verified.keys().next().value as string);
    return payload;
  };
}

/**
 * Expiry is enforced as written (jose's tolerance would stretch it by the skew); a future `iat` and a lifetime
 * over the maximum are refused (jose checks those only with maxTokenAge, which would make `iat` mandatory).
 */
function checkLifetime(payload: JWTPayload, maxTtl: number, skew: number): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  if (payload.exp !== undefined && payload.exp <= now)
    throw rejected("it has expired; get a new token.", "EXPIRED");
  if (payload.iat !== undefined && payload.iat > now + skew) {
    throw rejected(
      `its "iat" claim lies in the future (more than ${skew} s ahead of this server's clock, JWT_CLOCK_SKEW).`,
      "BAD_CLAIM_IAT",
    );
  }
  const lifetime = (payload.exp ?? now) - (payload.iat ?? now);
  if (lifetime > maxTtl + skew) {
    throw rejected(
      `it is valid for ${lifetime} s, longer than the ${maxTtl} s this server accepts (JWT_MAX_TTL); issue shorter-lived tokens.`,
      "LIFETIME_TOO_LONG",
    );
  }
  return payload;
}

function rejected(why: string, code: string): AppError {
  return new AppError("UNAUTHENTICATED", `The bearer token was rejected: ${why}`, {
    details: { reason: code },
  });
}

async function unauthenticatedOnFailure(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verify()).payload;
  } catch (error) {
    throw rejected(reason(error), reasonCode(error));
  }
}

function reasonCode(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "EXPIRED";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "BAD_SIGNATURE";
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `${error.reason === "missing" ? "MISSING_CLAIM" : "BAD_CLAIM"}_${error.claim.toUpperCase()}`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "ALGORITHM_NOT_ALLOWED";
  if (error instanceof errors.JWKSNoMatchingKey) return "UNKNOWN_KEY";
  return "MALFORMED";
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "it has expired; get a new token.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") {
      return `it has no "${error.claim}" claim, which this server requires${error.claim === "exp" ? " (tokens must expire)" : ""}.`;
    }
    return `its "${error.claim}" claim is not accepted (${error.message}).`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return `its signing algorithm is not accepted (allowed: ${SECRET_ALGORITHMS.join(", ")} with JWT_SECRET, ${JWKS_ALGORITHMS.join(", ")} with JWT_JWKS_URL).`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the key set matches it.";
  if (error instanceof errors.JOSEError) return `it is not a valid JWT (${error.code}).`;
  return "it could not be verified.";
}
