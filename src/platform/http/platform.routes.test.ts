import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';

describe.each(DIALECTS)('platform HTTP on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health, readiness and metrics without a token', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('groundwork_http_requests_total');
    expect(metrics.body).toContain('groundwork_db_pool_connections');
  });

  it('refuses a missing or wrong token with a 401 problem document', async () => {
    for (const headers of [{}, { authorization: 'Bearer gw_nope' }, { authorization: 'Basic abc' }]) {
      const res = await t.app.inject({ url: '/api/v1/audit', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.json()).toMatchObject({ status: 401, title: 'Unauthorized', instance: '/api/v1/audit' });
    }
  });

  it('enforces roles: viewers read, admins manage tokens', async () => {
    expect((await t.app.inject({ url: '/api/v1/audit', headers: t.as('viewer') })).statusCode).toBe(200);
    const forbidden = await t.app.inject({ url: '/api/v1/tokens', headers: t.as('member') });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().detail).toContain('admin');
  });

  it('maps client mistakes to problem documents and writes nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/tokens', headers: t.as('admin') })).json().items.length;
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...t.as('admin'), 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().type).toMatch(/malformed-json$/);
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: t.as('admin'),
      payload: { name: 'x', role: 'boss', extra: true },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body/extra', message: 'is not a known field' },
        expect.objectContaining({ field: 'body/role' }),
      ]),
    );
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...t.as('admin'), 'content-type': 'application/xml' },
      payload: '<token/>',
    });
    expect(wrongType.statusCode).toBe(415);
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: t.as('admin'),
      payload: { name: 'x'.repeat(11 * 1024 * 1024), role: 'viewer' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
    const unknown = await t.app.inject({ url: '/api/v1/nothing-here', headers: t.as('admin') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().type).toMatch(/not-found$/);
    const after = (await t.app.inject({ url: '/api/v1/tokens', headers: t.as('admin') })).json().items.length;
    expect(after).toBe(before);
  });

  it('creates a token once, authenticates with it, audits it, and revocation ends it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: t.as('admin'),
      payload: { name: 'ci-pipeline', role: 'member' },
    });
    expect(created.statusCode).toBe(201);
    const { token, info } = created.json();
    expect(token).toMatch(/^gw_/);
    const list = await t.app.inject({ url: '/api/v1/tokens', headers: t.as('admin') });
    expect(list.body).not.toContain(token);
    const auth = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ url: '/api/v1/audit', headers: auth })).statusCode).toBe(200);
    const audit = await t.app.inject({ url: `/api/v1/audit?entity=token:${info.id}`, headers: t.as('viewer') });
    expect(audit.json().items[0]).toMatchObject({ action: 'create', entityType: 'token', entityId: info.id });
    expect(audit.body).not.toContain(token);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${info.id}`, headers: t.as('admin') })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/audit', headers: auth })).statusCode).toBe(401);
  });

  it('replays the first response for a repeated Idempotency-Key', async () => {
    const request = {
      method: 'POST' as const,
      url: '/api/v1/tokens',
      headers: { ...t.as('admin'), 'idempotency-key': 'create-bot-1' },
      payload: { name: 'bot', role: 'viewer' },
    };
    const first = await t.app.inject(request);
    const second = await t.app.inject(request);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    const bots = (await t.app.inject({ url: '/api/v1/tokens', headers: t.as('admin') })).json().items.filter((i: { name: string }) => i.name === 'bot');
    expect(bots).toHaveLength(1);
  });

  it('signs a browser in with a cookie session, guards writes with CSRF, and signs out server-side', async () => {
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { token: t.adminToken } });
    expect(signIn.statusCode).toBe(201);
    const cookie = signIn.cookies.find((c) => c.name === 'gw_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const { csrfToken } = signIn.json();
    const cookies = { gw_session: cookie!.value };
    expect((await t.app.inject({ url: '/api/v1/session', cookies })).json().actor.name).toBe('test-admin');
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', cookies, payload: { name: 'y', role: 'viewer' } });
    expect(noCsrf.statusCode).toBe(403);
    const withCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      cookies,
      headers: { 'x-csrf-token': csrfToken },
      payload: { name: 'y', role: 'viewer' },
    });
    expect(withCsrf.statusCode).toBe(201);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', cookies, headers: { 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/session', cookies })).statusCode).toBe(401);
    const badSignIn = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { token: 'gw_wrong' } });
    expect(badSignIn.statusCode).toBe(401);
  });

  it('echoes a request id and publishes an OpenAPI 3.1 document', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/tokens'].post.operationId).toBe('createToken');
  });
});
