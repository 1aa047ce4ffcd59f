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

  it("cuts the longest-stalled body of a client over the cap, never a flowing one or another client's", () => {
    let clock = 0;
    const pending = createPendingBodies(2, () => clock);
    const a1 = pending.start(request("10.0.0.1"));
    const a2 = pending.start(request("10.0.0.1"));
    const b1 = pending.start(request("10.0.0.2"));
    clock = 500;
    const a3 = pending.start(request("10.0.0.1"));
    // Nobody has stalled for STALLED_MS yet: over the cap, but nothing is cut.
    expect([a1, a2, a3].map((p) => p.signal.aborted)).toEqual([false, false, false]);
    clock = 1600;
    a1.progress();
    const a4 = pending.start(request("10.0.0.1"));
    expect([a1, a2, a3, a4, b1].map((p) => p.signal.aborted)).toEqual([false, true, true, false, false]);
    expect(pending.count("10.0.0.1")).toBe(2);
    a1.release();
    a4.release();
    expect(pending.count("10.0.0.1")).toBe(0);
  });
});

describe("createConcurrencyGate", () => {
  it("gives anonymous and token-bearing callers separate slots", async () => {
    const gate = createConcurrencyGate({ max: 2, queue: 0, waitMs: 100 });
    const anonymous = [await gate.enter("anonymous"), await gate.enter("anonymous")];
    expect(await gate.enter("anonymous")).toBeUndefined();
    const authenticated = await gate.enter("authenticated");
    expect(authenticated).toBeTypeOf("function");
    anonymous[0]?.();
    anonymous[0]?.();
    expect(gate.inFlight("anonymous")).toBe(1);
    expect(await gate.enter("anonymous")).toBeTypeOf("function");
  });

  it("lets a request wait in line for a freed slot, first come first served, and sheds beyond the line or the wait", async () => {
    const gate = createConcurrencyGate({ max: 1, queue: 2, waitMs: 200 });
    const first = await gate.enter("authenticated");
    const order: string[] = [];
    const second = gate.enter("authenticated").then((r) => (order.push("second"), r));
    const third = gate.enter("authenticated").then((r) => (order.push("third"), r));
    expect(await gate.enter("authenticated")).toBeUndefined(); // the line is full
    expect(gate.queued("authenticated")).toBe(2);
    first?.();
    const admitted = await second;
    expect(admitted).toBeTypeOf("function");
    expect(gate.inFlight("authenticated")).toBe(1);
    // Nobody frees the slot: the third is shed once its wait is over.
    expect(await third).toBeUndefined();
    expect(order).toEqual(["second", "third"]);
    expect(gate.queued("authenticated")).toBe(0);
    admitted?.();
    expect(gate.inFlight("authenticated")).toBe(0);
  });
});
