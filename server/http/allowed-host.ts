/**
 * True when the Host header names one of `allowed` (exact names, or `*.suffix` for any subdomain), ignoring
 * the port; `allowed` undefined accepts any host. A local server answers only to its loopback names, so that a
 * web page on another origin cannot reach it through DNS rebinding.
 */
export function isAllowedHost(host: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (allowed === undefined) return true;
  const name = hostName(host);
  if (name === undefined) return false;
  return allowed.some((entry) =>
    entry.startsWith("*.") ? name.endsWith(entry.slice(1)) && name.length > entry.length - 1 : name === entry,
  );
}

/** The lower-case host name of a Host header: `[::1]` keeps its brackets, a port is dropped. */
function hostName(host: string | undefined): string | undefined {
  const value = host?.trim().toLowerCase();
  if (!value) return undefined;
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    return end > 0 ? value.slice(0, end + 1) : undefined;
  }
  return value.replace(/:\d*$/, "");
}
