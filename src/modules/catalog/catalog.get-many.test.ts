import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../../test/dialects.js';
import { LOCAL_ACTOR } from '../../platform/auth/actor.js';
import { createCatalogService, type CatalogService } from './catalog.service.js';

describe.each(DIALECTS)('catalog getMany on $name', (dialect) => {
  let testDb: TestDatabase;
  let catalog: CatalogService;
  const ctx = { actor: LOCAL_ACTOR, requestId: 'test' };
  beforeAll(async () => {
    testDb = await dialect.open();
    catalog = createCatalogService(testDb.database.db);
    await catalog.create('team', { name: 'owners' }, ctx);
  });
  afterAll(async () => {
    await testDb.cleanup();
  });

  it('returns every existing entity asked for, across query chunks, and skips unknown names', async () => {
    const names = Array.from({ length: 700 }, (_, i) => `svc-${String(i).padStart(4, '0')}`);
    for (const name of names) await catalog.create('service', { name, owner: 'owners', providesApis: [] }, ctx);
    const found = await catalog.getMany('service', [...names, 'svc-missing', names[0] ?? '']);
    expect(found.size).toBe(700);
    expect(found.get('svc-0599')).toMatchObject({ name: 'svc-0599', owner: 'owners', unresolved: [] });
    expect(found.has('svc-missing')).toBe(false);
  });
});
