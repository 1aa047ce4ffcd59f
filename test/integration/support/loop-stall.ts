/**
 * The longest the test process's event loop went without running a timer while `work` ran: a ticker every
 * `everyMs` records the largest gap between two ticks. The servers under test run in this process, so a
 * request that holds their loop shows here (a gap near `everyMs` means nothing held it).
 */
export async function longestLoopStall<T>(
  work: () => Promise<T>,
  everyMs = 20,
): Promise<{ result: T; longestStallMs: number }> {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, everyMs);
  try {
    const result = await work();
    longest = Math.max(longest, performance.now() - last);
    return { result, longestStallMs: longest };
  } finally {
    clearInterval(ticker);
  }
}
