/**
 * Writes the server's own OpenAPI document (generated from the route schemas) to
 * docs/openapi.json, so reviewers see API changes in diffs. `--check` exits 1 when the
 * checked-in file is stale (CI runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));

export async function generateOpenApi(): Promise<string> {
  const database = openDatabase({ dataDir: ':memory:' });
  await migrateToLatest(database.db);
  const app = await buildApp(loadConfig({ logLevel: 'silent' }, { GROUNDWORK_WEB_DIR: '/nonexistent' }), { database });
  await app.ready();
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.db.destroy();
  return text;
}

const text = await generateOpenApi();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('docs/openapi.json is stale: run `npm run docs:openapi` and commit it.');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
