/** A real app on a fresh database, with one token per role, for `app.inject()` tests. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/platform/db/database.js';
import { LOCAL_ACTOR } from '../src/platform/auth/actor.js';
import { createToken } from '../src/platform/auth/tokens.js';
import type { TestDatabase, TestDialect } from './dialects.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Kysely<Database>;
  readonly testDb: TestDatabase;
  readonly adminToken: string;
  readonly memberToken: string;
  readonly viewerToken: string;
  /** Authorization headers for a role. */
  readonly as: (role: 'admin' | 'member' | 'viewer') => { authorization: string };
  readonly close: () => Promise<void>;
}

export async function buildTestApp(dialect: TestDialect): Promise<TestApp> {
  const testDb = await dialect.open();
  const { db } = testDb.database;
  const [admin, member, viewer] = await Promise.all(
    (['admin', 'member', 'viewer'] as const).map((role) => createToken(db, LOCAL_ACTOR, { name: `test-${role}`, role })),
  );
  const config = loadConfig({ logLevel: 'silent' }, { GROUNDWORK_WEB_DIR: '/nonexistent' });
  const app = await buildApp(config, { database: testDb.database });
  await app.ready();
  const tokens = { admin: admin!.token, member: member!.token, viewer: viewer!.token };
  return {
    app,
    db,
    testDb,
    adminToken: tokens.admin,
    memberToken: tokens.member,
    viewerToken: tokens.viewer,
    as: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    close: async () => {
      await app.close();
      await testDb.cleanup();
    },
  };
}
