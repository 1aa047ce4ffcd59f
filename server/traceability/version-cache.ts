/**
 * A small least-recently-used cache of answers keyed by estate version (and what was asked): an answer read
 * at one version stays true until the estate moves on, when its key no longer matches. Bounded, so many
 * pages or versions never grow it.
 */
export class VersionCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly max: number) {}

  /** The answer for `key`, reading it once (a failed read is not kept). */
  get(key: string, read: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = read();
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }
}
