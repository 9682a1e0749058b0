/**
 * Serialized answers of hot single-entity reads, kept while the database has not changed
 * (ADR 0021).
 *
 * An entry is valid while the database's data version (SQLite's `PRAGMA data_version` on the
 * reader connection) is the one read before the entry was computed: every commit by any
 * connection, in this process or another (a CLI import into the same file), changes it and
 * empties the cache. So an answer from the cache is always what a fresh read would give.
 * Without a cheap version (PostgreSQL, where other servers may write; in-memory SQLite) the
 * cache stays off and every read goes to the database.
 */
export interface CachedResponse {
  /** The response body, serialized by the route's own serializer (`reply.serialize`). */
  readonly body: string | Buffer | ArrayBuffer;
  readonly etag: string;
}

export interface ResponseCache {
  /** The current data version, to pass to `set` for an answer computed from here on. */
  version(): number | undefined;
  /** The cached answer, if the database has not changed since it was computed. */
  get(key: string): CachedResponse | undefined;
  set(key: string, version: number | undefined, response: CachedResponse): void;
}

const DEFAULT_CAPACITY = 10_000;

export function createResponseCache(dataVersion: (() => number) | undefined, capacity = DEFAULT_CAPACITY): ResponseCache {
  if (!dataVersion) return { version: () => undefined, get: () => undefined, set: () => undefined };
  const entries = new Map<string, CachedResponse>();
  let validFor: number | undefined;
  const current = (): number => {
    const version = dataVersion();
    if (version !== validFor) {
      entries.clear();
      validFor = version;
    }
    return version;
  };
  return {
    version: current,
    get(key) {
      current();
      return entries.get(key);
    },
    set(key, version, response) {
      // Computed before a commit that has since happened: it may already be out of date.
      if (version === undefined || version !== current()) return;
      // Oldest first out; entries are re-set on a miss, so this is insertion order, which is
      // enough here: the whole cache empties on every write anyway.
      if (entries.size >= capacity && !entries.has(key)) entries.delete(entries.keys().next().value as string);
      entries.set(key, response);
    },
  };
}
