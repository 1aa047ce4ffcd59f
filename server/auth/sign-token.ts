import { SignJWT } from "jose";
import type { Role } from "../context.ts";

export interface SignTokenOptions {
  secret: string;
  roles: readonly Role[] | readonly string[];
  subject?: string;
  /** Seconds until expiry, or a jose time span such as "2h"; negative seconds make an expired token. */
  expiresIn?: number | string;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token with a `roles` claim: the local start-up token and test tokens. */
export async function signToken(options: SignTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? "8h";
  let jwt = new SignJWT({ roles: [...options.roles] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(typeof expiresIn === "number" && expiresIn < 0 ? now + expiresIn - 60 : now)
    .setExpirationTime(typeof expiresIn === "number" ? now + expiresIn : expiresIn)
    .setSubject(options.subject ?? "local-developer");
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
