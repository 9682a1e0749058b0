import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';

// GET /api/v1/session?optional=true: the web UI's probe answers 200 when signed out, so the
// browser logs no failed request; without optional=true it still says 401.
describe.each(DIALECTS)('session probe on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a signed-out probe with 200 {authenticated: false}, and a plain read with 401', async () => {
    const probe = await t.app.inject({ url: '/api/v1/session?optional=true' });
    expect(probe.statusCode).toBe(200);
    expect(probe.json()).toEqual({ authenticated: false });
    const plain = await t.app.inject({ url: '/api/v1/session' });
    expect(plain.statusCode).toBe(401);
    expect(plain.headers['content-type']).toContain('application/problem+json');
    // A tampered cookie is no session either.
    expect((await t.app.inject({ url: '/api/v1/session?optional=true', cookies: { gw_session: 'forged' } })).json()).toEqual({ authenticated: false });
  });

  it('answers a signed-in probe with the actor and CSRF token, and ends with the session', async () => {
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { token: t.adminToken } });
    const cookie = signIn.cookies.find((c) => c.name === 'gw_session');
    const cookies = { gw_session: cookie?.value ?? '' };
    const { csrfToken } = signIn.json<{ csrfToken: string }>();
    const probe = await t.app.inject({ url: '/api/v1/session?optional=true', cookies });
    expect(probe.json()).toEqual({ authenticated: true, actor: expect.objectContaining({ name: 'test-admin', role: 'admin' }), csrfToken });
    await t.app.inject({ method: 'DELETE', url: '/api/v1/session', cookies, headers: { 'x-csrf-token': csrfToken } });
    expect((await t.app.inject({ url: '/api/v1/session?optional=true', cookies })).json()).toEqual({ authenticated: false });
  });

  it('still authenticates bearer tokens, and refuses a wrong one even when optional', async () => {
    const res = await t.app.inject({ url: '/api/v1/session', headers: t.as('viewer') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ authenticated: true, actor: { role: 'viewer' }, csrfToken: '' });
    const wrong = await t.app.inject({ url: '/api/v1/session?optional=true', headers: { authorization: 'Bearer gw_nope' } });
    expect(wrong.statusCode).toBe(401);
  });
});
