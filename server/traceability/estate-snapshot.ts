import type { Driver } from "neo4j-driver";
import { answerValidOnlyNow } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { estateVersion } from "../db/index.ts";

/** How current a whole-estate answer is (GraphQL type EstateSnapshot). */
export interface SnapshotInfo {
  version: string;
  computedAt: string;
  stale: boolean;
}

interface Entry<T> {
  version: string;
  computedAt: string;
  value: T;
}

interface Computation<T> {
  version: string;
  promise: Promise<Entry<T>>;
}

/** Waiting for a fresh whole-estate answer before serving the previous one marked stale. */
export const SNAPSHOT_WAIT_MS = 5_000;

export interface SnapshotOptions {
  /** How long a request waits for a fresh answer before it gets the previous one marked stale (ms). */
  waitMs: number;
}

/**
 * Whole-estate answers (coverage, broken chains, overview) computed once per change of the estate.
 *
 * The estate version is the database's own transaction position: the bookmark a read transaction returns
 * moves with every committed write, whoever made it — a generated mutation, `importGraph`, a seed or import
 * CLI, another server process on the same database, or any other client — so no writer has to remember to
 * bump anything and two servers on one database agree. Each request asks for the version (a `RETURN 1`
 * probe; requests arriving together share one probe, and a request never uses a probe that started before it
 * arrived, so it always sees writes that completed before it). An answer computed at that version is served
 * from memory; otherwise one computation runs (concurrent requests share it) and requests wait up to
 * `waitMs` for it, after which they are served the previous answer marked `stale` while it completes.
 */
export class EstateSnapshots {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly computing = new Map<string, Computation<unknown>>();
  private probing: Promise<string> | null = null;
  private nextProbe: Promise<string> | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: SnapshotOptions,
  ) {}

  /** The current estate version, from a probe that started after this call. */
  version(): Promise<string> {
    if (!this.probing) {
      this.probing = this.probe().finally(() => {
        this.probing = null;
      });
      return this.probing;
    }
    // A probe is running, but it may have started before a write this caller has seen: wait for the next.
    this.nextProbe ??= this.probing
      .catch(() => undefined)
      .then(() => {
        this.nextProbe = null;
        return this.version();
      });
    return this.nextProbe;
  }

  /** The answer for `key` at the current estate version, computing it once when the estate has changed. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<{ value: T; snapshot: SnapshotInfo }> {
    const version = await this.version();
    const cached = this.entries.get(key) as Entry<T> | undefined;
    if (cached && cached.version === version) return served(cached, false);
    const fresh = this.compute(key, version, compute);
    if (!cached) return served(await fresh, false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.options.waitMs);
    });
    const first = await Promise.race([fresh, waited]).finally(() => clearTimeout(timer));
    return first ? served(first, false) : served(cached, true);
  }

  private compute<T>(key: string, version: string, compute: () => Promise<T>): Promise<Entry<T>> {
    const running = this.computing.get(key) as Computation<T> | undefined;
    if (running && running.version === version) return running.promise;
    COMPUTATIONS.set(key, (COMPUTATIONS.get(key) ?? 0) + 1);
    const promise = compute().then((value) => {
      const entry = { version, computedAt: new Date().toISOString(), value };
      const current = this.entries.get(key);
      if (!current || current.version !== version) this.entries.set(key, entry);
      return entry;
    });
    const computation = { version, promise };
    this.computing.set(key, computation);
    const clear = () => {
      if (this.computing.get(key) === computation) this.computing.delete(key);
    };
    promise.then(clear, clear);
    return promise;
  }

  private probe(): Promise<string> {
    return estateVersion(this.driver, this.database);
  }
}

function served<T>(entry: Entry<T>, stale: boolean): { value: T; snapshot: SnapshotInfo } {
  return { value: entry.value, snapshot: { version: entry.version, computedAt: entry.computedAt, stale } };
}

const STORES = new WeakMap<Driver, Map<string, EstateSnapshots>>();
const COMPUTATIONS = new Map<string, number>();

/** How many times each whole-estate answer was computed in this process (for tests and diagnostics). */
export function snapshotComputations(key: string): number {
  return COMPUTATIONS.get(key) ?? 0;
}

/** The snapshot store of one driver and database (one per server process). */
export function snapshotsFor(
  driver: Driver,
  database: string | undefined,
  options: SnapshotOptions,
): EstateSnapshots {
  let byDatabase = STORES.get(driver);
  if (!byDatabase) {
    byDatabase = new Map();
    STORES.set(driver, byDatabase);
  }
  const key = database ?? "";
  let store = byDatabase.get(key);
  if (!store) {
    store = new EstateSnapshots(driver, database, options);
    byDatabase.set(key, store);
  }
  return store;
}

/** The snapshot store of a request's driver and database. */
export function estateSnapshots(ctx: Pick<RequestContext, "driver" | "database">): EstateSnapshots {
  return snapshotsFor(ctx.driver, ctx.database, { waitMs: SNAPSHOT_WAIT_MS });
}

/**
 * The whole-estate answer `key` for a request, from its snapshot store; a stale answer marks the request's
 * answer as valid only for now (the answer cache does not keep it).
 */
export async function snapshotAnswer<T>(
  ctx: Pick<RequestContext, "driver" | "database">,
  key: string,
  compute: () => Promise<T>,
): Promise<{ value: T; snapshot: SnapshotInfo }> {
  const served = await estateSnapshots(ctx).get(key, compute);
  if (served.snapshot.stale) answerValidOnlyNow(ctx);
  return served;
}
