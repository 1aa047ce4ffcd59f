/** Authentication: JWT verification (HS256 secret or JWKS), the caller's roles, and token signing. */
export { authenticate } from "./authenticate.ts";
export type { AuthenticateOptions, Caller } from "./authenticate.ts";
export { signToken } from "./sign-token.ts";
export type { SignTokenOptions } from "./sign-token.ts";
export { createTokenVerifier } from "./verify-token.ts";
export { JWKS_ALGORITHMS, SECRET_ALGORITHMS } from "./verify-token.ts";
export type { TokenVerifier, TokenVerifierOptions } from "./verify-token.ts";
