import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { authenticate, createTokenVerifier, signToken } from "../../../server/auth/index.ts";
import { canSeeAccountability, requireRole } from "../../../server/context.ts";
import { AppError } from "../../../server/errors/index.ts";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const verify = createTokenVerifier({ secret: SECRET, audience: "it4it", issuer: "test" });
const sign = (o: Partial<Parameters<typeof signToken>[0]> = {}) =>
  signToken({ secret: SECRET, roles: ["editor"], audience: "it4it", issuer: "test", ...o });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("authenticate", () => {
  it("reads roles and subject from a valid token", async () => {
    const caller = await authenticate(
      `Bearer ${await sign({ roles: ["auditor", "wizard"], subject: "ann" })}`,
      {
        verify,
        production: true,
      },
    );
    expect(caller.roles).toEqual(["auditor"]);
    expect(caller.subject).toBe("ann");
  });

  it("treats a missing token as the anonymous viewer locally and as UNAUTHENTICATED in production", async () => {
    expect((await authenticate(undefined, { verify, production: false })).roles).toEqual(["viewer"]);
    const error = await rejection(authenticate(undefined, { verify, production: true }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["expired", () => sign({ expiresIn: -10 }), "EXPIRED"],
    [
      "bad signature",
      () => signToken({ secret: "x".repeat(40), roles: ["admin"], audience: "it4it", issuer: "test" }),
      "BAD_SIGNATURE",
    ],
    ["wrong audience", () => sign({ audience: "someone-else" }), "BAD_CLAIM_AUD"],
    ["wrong issuer", () => sign({ issuer: "evil" }), "BAD_CLAIM_ISS"],
    ["garbage", async () => "not.a.jwt", "MALFORMED"],
    [
      "alg none",
      async () =>
        `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"roles":["admin"]}').toString("base64url")}.`,
      "ALGORITHM_NOT_ALLOWED",
    ],
  ])("rejects a token with %s as UNAUTHENTICATED", async (_name, make, reason) => {
    const error = await rejection(authenticate(`Bearer ${await make()}`, { verify, production: false }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.details).toEqual({ reason });
  });

  it("rejects an HS384 token even with the right secret", async () => {
    const token = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "HS384" })
      .setAudience("it4it")
      .setIssuer("test")
      .sign(new TextEncoder().encode(SECRET));
    const error = await rejection(authenticate(`Bearer ${token}`, { verify, production: false }));
    expect(error.details).toEqual({ reason: "ALGORITHM_NOT_ALLOWED" });
  });

  it("rejects a malformed Authorization header", async () => {
    const error = await rejection(authenticate("Basic abc", { verify, production: false }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });
});

describe("roles", () => {
  it("orders viewer < auditor < editor < admin", () => {
    expect(canSeeAccountability({ roles: ["viewer"] })).toBe(false);
    expect(canSeeAccountability({ roles: ["auditor"] })).toBe(true);
    expect(canSeeAccountability({ roles: ["admin"] })).toBe(true);
    expect(() => requireRole({ roles: ["admin"] }, "editor")).not.toThrow();
    expect(() => requireRole({ roles: ["auditor"] }, "editor")).toThrow(/editor role/);
    try {
      requireRole({ roles: ["viewer"] }, "editor");
    } catch (error) {
      expect((error as AppError).code).toBe("FORBIDDEN");
    }
  });
});
