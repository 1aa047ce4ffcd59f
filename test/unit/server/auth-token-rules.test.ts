import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import type { CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, createTokenVerifier, signToken } from "../../../server/auth/index.ts";
import type { TokenVerifier } from "../../../server/auth/index.ts";
import { AppError } from "../../../server/errors/index.ts";

/**
 * Token rules an attacker who read the code would probe: every token expires, lives at most JWT_MAX_TTL, is
 * not issued in the future, and is signed with an allowed algorithm in both modes.
 */
const SECRET = "token-rules-secret-token-rules-secret-0123";
const key = new TextEncoder().encode(SECRET);
const verify = createTokenVerifier({
  secret: SECRET,
  audience: "it4it",
  maxTtlSeconds: 3600,
  clockSkewSeconds: 30,
});
const now = () => Math.floor(Date.now() / 1000);
const hs256 = (claims: Record<string, unknown>) =>
  new SignJWT({ roles: ["admin"], aud: "it4it", ...claims }).setProtectedHeader({ alg: "HS256" }).sign(key);

async function reasonOf(token: string, verifier: TokenVerifier = verify): Promise<string | undefined> {
  try {
    await authenticate(`Bearer ${token}`, { verify: verifier, production: true });
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") return error.details?.reason as string;
    throw error;
  }
  return undefined;
}

describe("token lifetime", () => {
  it("accepts a token with exp within JWT_MAX_TTL", async () => {
    expect(await reasonOf(await hs256({ iat: now(), exp: now() + 3000 }))).toBeUndefined();
  });

  it("refuses a token without exp", async () => {
    expect(await reasonOf(await hs256({ iat: now() }))).toBe("MISSING_CLAIM_EXP");
  });

  it("refuses a token issued in the future beyond the clock skew", async () => {
    expect(await reasonOf(await hs256({ iat: now() + 600, exp: now() + 1200 }))).toBe("BAD_CLAIM_IAT");
    expect(await reasonOf(await hs256({ iat: now() + 10, exp: now() + 1200 }))).toBeUndefined();
  });

  it("refuses a token that lives longer than JWT_MAX_TTL, with or without iat", async () => {
    expect(await reasonOf(await hs256({ iat: now(), exp: now() + 7200 }))).toBe("LIFETIME_TOO_LONG");
    expect(await reasonOf(await hs256({ exp: now() + 7200 }))).toBe("LIFETIME_TOO_LONG");
  });

  it("enforces exp as written, whatever the clock skew", async () => {
    expect(await reasonOf(await hs256({ iat: now() - 100, exp: now() - 5 }))).toBe("EXPIRED");
  });

  it("signs the local editor token so that it passes (it has exp and lives 8 h by default)", async () => {
    const token = await signToken({
      secret: SECRET,
      roles: ["editor"],
      expiresIn: 8 * 3600,
      audience: "it4it",
    });
    const defaults = createTokenVerifier({ secret: SECRET, audience: "it4it" });
    expect(await reasonOf(token, defaults)).toBeUndefined();
  });
});

describe("algorithm allow-list", () => {
  const keys = { rsa: undefined as unknown as CryptoKeyPair, ps: undefined as unknown as CryptoKeyPair };
  let jwksUrl = "";
  let jwks: TokenVerifier;
  const server = createServer((_req, res) => {
    void (async () => {
      const rsa = { ...(await exportJWK(keys.rsa.publicKey)), kid: "rsa", use: "sig" };
      const ps = { ...(await exportJWK(keys.ps.publicKey)), kid: "ps", use: "sig" };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [rsa, ps] }));
    })();
  });
  beforeAll(async () => {
    keys.rsa = (await generateKeyPair("RS256")) as CryptoKeyPair;
    keys.ps = (await generateKeyPair("PS256")) as CryptoKeyPair;
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    jwks = createTokenVerifier({ jwksUrl, audience: "it4it" });
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const signWith = (alg: string, kid: string, privateKey: CryptoKey) =>
    new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg, kid })
      .setAudience("it4it")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);

  it("accepts RS256 from the key set", async () => {
    expect(await reasonOf(await signWith("RS256", "rsa", keys.rsa.privateKey), jwks)).toBeUndefined();
  });

  it("refuses an algorithm outside RS256/ES256 in JWKS mode, even with a key of the set", async () => {
    expect(await reasonOf(await signWith("PS256", "ps", keys.ps.privateKey), jwks)).toBe(
      "ALGORITHM_NOT_ALLOWED",
    );
  });

  it("refuses an HS256 token in JWKS mode and an RS256 token in secret mode", async () => {
    expect(await reasonOf(await hs256({ iat: now(), exp: now() + 60 }), jwks)).toBe("ALGORITHM_NOT_ALLOWED");
    expect(await reasonOf(await signWith("RS256", "rsa", keys.rsa.privateKey))).toBe("ALGORITHM_NOT_ALLOWED");
  });

  it("refuses a token without the configured audience", async () => {
    const token = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "RS256", kid: "rsa" })
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(keys.rsa.privateKey);
    expect(await reasonOf(token, jwks)).toBe("MISSING_CLAIM_AUD");
  });
});

describe("a token used again", () => {
  it("is still refused once it expires, though its signature was verified before", async () => {
    const token = await hs256({ iat: now(), exp: now() + 5 });
    expect(await reasonOf(token)).toBeUndefined();
    expect(await reasonOf(token)).toBeUndefined();
    const realNow = Date.now;
    Date.now = () => realNow() + 10_000;
    try {
      expect(await reasonOf(token)).toBe("EXPIRED");
    } finally {
      Date.now = realNow;
    }
  });

  it("is verified again after a minute, so a key withdrawn from the key set stops being accepted", async () => {
    // jose keeps a fetched key set for 10 minutes; remembering a verified token adds at most a minute to that.
    let withdrawn = false;
    const pair = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256" };
    const jwks = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ keys: withdrawn ? [] : [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
      const verifier = createTokenVerifier({ jwksUrl: url, audience: "it4it" });
      const token = await new SignJWT({ roles: ["viewer"], aud: "it4it" })
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(pair.privateKey);
      expect(await reasonOf(token, verifier)).toBeUndefined();
      withdrawn = true;
      // Within the minute the verified token is remembered; after it, it is verified again against the keys,
      // which jose fetches again once its own 10 minutes have passed.
      expect(await reasonOf(token, verifier)).toBeUndefined();
      const realNow = Date.now;
      Date.now = () => realNow() + 601_000;
      try {
        expect(await reasonOf(token, verifier)).toBe("UNKNOWN_KEY");
      } finally {
        Date.now = realNow;
      }
    } finally {
      jwks.close();
    }
  });
});
