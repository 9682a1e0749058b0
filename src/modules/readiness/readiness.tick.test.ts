import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';
import { createCatalogService } from '../catalog/index.js';
import { createReadinessService } from './readiness.service.js';
import { readinessRoutes } from './readiness.routes.js';

describe.each(DIALECTS)('readiness history tick on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const yaml = ['apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', '  name: team-t', 'spec:', '  type: team', '  children: []', '---', 'apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: tick-svc', 'spec:', '  type: service', '  lifecycle: production', '  owner: team-t'].join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...t.as('member'), 'content-type': 'application/yaml' }, payload: yaml });
    expect(res.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const rowsOf = async (service: string) => t.db.selectFrom('readiness_evaluations').select(['reason', 'level']).where('service', '=', service).orderBy('evaluated_at').execute();
  const until = async (condition: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await condition()); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  };

  it('stores the day\'s first evaluation and then only changes, without any request', async () => {
    const catalog = createCatalogService(t.db);
    const app = Fastify();
    await app.register(readinessRoutes, { readiness: createReadinessService(t.db, catalog), historyIntervalMs: 20 });
    await app.ready();
    try {
      // Production readiness and architecture hygiene apply (API readiness needs provided APIs).
      await until(async () => (await rowsOf('tick-svc')).length >= 2);
      const daily = await rowsOf('tick-svc');
      expect(daily.map((row) => row.reason)).toEqual(['daily', 'daily']);
      // Nothing changed: later ticks store nothing.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await rowsOf('tick-svc')).toHaveLength(2);
      // A runbook changes the production readiness result: the next tick stores it.
      const patched = await t.app.inject({ method: 'PATCH', url: '/api/v1/services/tick-svc', headers: t.as('member'), payload: { runbook: 'https://runbooks.example.com/tick-svc' } });
      expect(patched.statusCode, patched.body).toBe(200);
      await until(async () => (await rowsOf('tick-svc')).some((row) => row.reason === 'change'));
      expect((await rowsOf('tick-svc')).filter((row) => row.reason === 'change')).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
