import { describe, expect, it } from "vitest";
import { RETRY_WITHIN_MS, retryDelayMs } from "../../../server/db/driver.ts";

/**
 * readQuery retries a transient failure of its auto-commit read on the schedule the driver keeps for managed
 * transactions (executeQuery, which reads went through before): a read fails as soon and as late as it did.
 */
describe("read retry schedule", () => {
  it("waits 1 s, then 2 s, ±20 %, after failures within RETRY_WITHIN_MS of the first", () => {
    expect(retryDelayMs(0, 0, () => 0.5)).toBe(1000);
    expect(retryDelayMs(0, 0, () => 0)).toBe(800);
    expect(retryDelayMs(0, 0, () => 1)).toBeCloseTo(1200);
    expect(retryDelayMs(1, 1000, () => 0.5)).toBe(2000);
    expect(retryDelayMs(1, RETRY_WITHIN_MS, () => 0.5)).toBe(2000);
  });

  it("stops once a failure comes more than RETRY_WITHIN_MS after the first", () => {
    expect(retryDelayMs(1, RETRY_WITHIN_MS + 1)).toBeUndefined();
    expect(retryDelayMs(0, 3000)).toBeUndefined();
  });
});
