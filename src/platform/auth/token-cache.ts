/**
 * Remembers authenticated tokens for a second, so a burst of requests with one token costs
 * one hash and one query instead of one each. A revocation through this process clears
 * the cache at once. One made elsewhere (`groundwork token revoke` on the same database)
 * empties it as soon as the database's change clock moves, when there is one (SQLite: within
 * a millisecond, ADR 0021), and otherwise (PostgreSQL) takes effect within TTL_MS. Expiry is
 * still checked on every hit.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Actor } from './actor.js';
import { authenticateToken } from './tokens.js';

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

interface Entry {
  readonly actor: Actor;
  readonly cachedAt: number;
}

export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private validFor: number | undefined;

  /** `changes`: a number that moves whenever the database may have changed (sync-reader.ts). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly changes?: () => number,
  ) {}

  async authenticate(token: string): Promise<Actor | undefined> {
    if (this.changes) {
      const version = this.changes();
      if (version !== this.validFor) {
        this.entries.clear();
        this.validFor = version;
      }
    }
    const now = Date.now();
    const hit = this.entries.get(token);
    if (hit !== undefined && now - hit.cachedAt < TTL_MS) return hit.actor;
    const actor = await authenticateToken(this.db, token);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    if (actor === undefined) this.entries.delete(token);
    else this.entries.set(token, { actor, cachedAt: now });
    return actor;
  }

  clear(): void {
    this.entries.clear();
  }
}
