/**
 * What a server works out from a request's document alone, or from its document and variables, kept for the
 * next request that sends the same: the checks of input limits, cost and accountability use are pure
 * functions of those (and of the schema and limits, fixed for a server), and a dashboard sends the same
 * documents again and again. Each of those checks walks the whole document (a quarter of a kept answer's
 * time measured before this). Bounded, least recently used out first; a check that throws is not kept, so a
 * refused document is refused again the same way.
 */
export class DocumentMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max = 500) {}

  /** The value for `key`, computed once; computed every time when there is no key. */
  get(key: string | undefined, compute: () => T): T {
    if (key === undefined) return compute();
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as T;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

const REQUEST_KEYS = new WeakMap<object, string | undefined>();

/**
 * One string for a request's document, operation name and variables (computed once per request): the key
 * of what depends on all three; undefined when the variables cannot be written as JSON (nested deeper than
 * the stack allows: a hostile body), and then nothing is kept for the request.
 */
export function requestKey(request: {
  queryHash: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
  /** The object the key is remembered on for this request (Apollo's request). */
  owner: object;
}): string | undefined {
  if (REQUEST_KEYS.has(request.owner)) return REQUEST_KEYS.get(request.owner);
  let key: string | undefined;
  try {
    key = `${request.queryHash}\u0000${request.operationName ?? ""}\u0000${JSON.stringify(request.variables ?? {})}`;
  } catch {
    key = undefined;
  }
  REQUEST_KEYS.set(request.owner, key);
  return key;
}
