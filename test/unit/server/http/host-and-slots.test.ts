import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { LOCAL_ALLOWED_HOSTS } from "../../../../server/config.ts";
import { isAllowedHost } from "../../../../server/http/allowed-host.ts";
import { createConcurrencyGate } from "../../../../server/http/concurrency.ts";
import { createPendingBodies } from "../../../../server/http/pending-bodies.ts";

describe("isAllowedHost", () => {
  it.each([
    "localhost",
    "localhost:4000",
    "LOCALHOST:5173",
    "127.0.0.1:39121",
    "[::1]:4000",
    "app.localhost",
  ])("lets %s reach a local server", (host) => expect(isAllowedHost(host, LOCAL_ALLOWED_HOSTS)).toBe(true));

  it.each([
    "attacker.example",
    "127.0.0.1.attacker.example",
    "localhost.attacker.example",
    "",
    undefined,
    "[::1",
  ])("refuses %s", (host) => expect(isAllowedHost(host, LOCAL_ALLOWED_HOSTS)).toBe(false));

  it("accepts any host when no list is configured", () => {
    expect(isAllowedHost("attacker.example", undefined)).toBe(true);
  });
});

describe("createPendingBodies", () => {
  const request = (address: string) => ({ socket: { remoteAddress: address } }) as unknown as IncomingMessage;

  it("cuts the oldest unfinished body of a client over the cap, never another client's", () => {
    const pending = createPendingBodies(2);
    const a1 = pending.start(request("10.0.0.1"));
    const a2 = pending.start(request("10.0.0.1"));
    const b1 = pending.start(request("10.0.0.2"));
    const a3 = pending.start(request("10.0.0.1"));
    expect([a1.signal.aborted, a2.signal.aborted, a3.signal.aborted, b1.signal.aborted]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(pending.count("10.0.0.1")).toBe(2);
    a2.release();
    a3.release();
    expect(pending.count("10.0.0.1")).toBe(0);
  });
});

describe("createConcurrencyGate", () => {
  it("gives anonymous and token-bearing callers separate slots", () => {
    const gate = createConcurrencyGate(2);
    const anonymous = [gate.enter("anonymous"), gate.enter("anonymous")];
    expect(gate.enter("anonymous")).toBeUndefined();
    const authenticated = gate.enter("authenticated");
    expect(authenticated).toBeTypeOf("function");
    anonymous[0]?.();
    anonymous[0]?.();
    expect(gate.inFlight("anonymous")).toBe(1);
    expect(gate.enter("anonymous")).toBeTypeOf("function");
  });
});
