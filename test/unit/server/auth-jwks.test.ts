import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, createTokenVerifier } from "../../../server/auth/index.ts";
import type { AppError } from "../../../server/errors/index.ts";

/** Tokens from an identity provider: RS256, verified against a JSON Web Key Set served over HTTP (loopback). */
const keys = await generateKeyPair("RS256");
const other = await generateKeyPair("RS256");
const jwk = { ...(await exportJWK(keys.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ keys: [jwk] }));
});
let jwksUrl: string;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const sign = (key: CryptoKey, kid = "k1") =>
  new SignJWT({ roles: ["auditor"] })
    .setProtectedHeader({ alg: "RS256", kid })
    .setSubject("idp-user")
    .setAudience("it4it")
    .setExpirationTime("5m")
    .sign(key);

describe("JWKS verification", () => {
  it("accepts a token signed by a key of the set", async () => {
    const verify = createTokenVerifier({ jwksUrl, audience: "it4it" });
    const caller = await authenticate(`Bearer ${await sign(keys.privateKey)}`, { verify, production: true });
    expect(caller).toMatchObject({ roles: ["auditor"], subject: "idp-user" });
  });

  it("refuses a token signed by another key as UNAUTHENTICATED", async () => {
    const verify = createTokenVerifier({ jwksUrl, audience: "it4it" });
    const error = await authenticate(`Bearer ${await sign(other.privateKey)}`, {
      verify,
      production: true,
    }).then(
      () => undefined,
      (e: AppError) => e,
    );
    expect(error?.code).toBe("UNAUTHENTICATED");
  });
});
