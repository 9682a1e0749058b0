// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_SESSION, FakeServer } from '../test/fake-server.js';
import { aService } from '../test/fixtures.js';
import { navEntries } from '../modules/registry.js';
import { renderApp } from '../test/render-app.js';
import { activeSection } from './Layout.js';

const EMPTY_PAGE = { items: [], nextCursor: null };
const UNAUTHORIZED = { status: 401, body: { type: 'unauthorized', title: 'Unauthorized', status: 401 } };

function signedOutServer(): FakeServer {
  let signedIn = false;
  return new FakeServer()
    // The probe (optional=true) answers 200 when signed out: no 401 for the browser to log.
    .on('GET', '/api/v1/session', (req) =>
      signedIn ? { body: { authenticated: true, ...ADMIN_SESSION } } : req.url.searchParams.get('optional') === 'true' ? { body: { authenticated: false } } : UNAUTHORIZED,
    )
    .on('POST', '/api/v1/session', (req) => {
      const body: unknown = JSON.parse(req.body ?? '{}');
      if (typeof body === 'object' && body !== null && 'token' in body && body.token === 'gw_good') {
        signedIn = true;
        return { status: 201, body: ADMIN_SESSION };
      }
      return UNAUTHORIZED;
    })
    .on('DELETE', '/api/v1/session', () => {
      signedIn = false;
      return { status: 204 };
    })
    .on('GET', /^\/api\/v1\/(services|teams|systems)$/, { body: EMPTY_PAGE });
}

describe('sign-in and the shell', () => {
  it('sends a signed-out visitor to sign-in, then back to the deep link, keeping no token', async () => {
    const server = signedOutServer();
    const { router } = renderApp('/catalog/teams', server);
    await screen.findByLabelText('Token');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fcatalog%2Fteams');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Token'), 'gw_wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'That token is not valid (or was revoked or expired).');

    await user.clear(screen.getByLabelText('Token'));
    await user.type(screen.getByLabelText('Token'), 'gw_good');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Teams' });
    expect(router.state.location.pathname).toBe('/catalog/teams');
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(server.sent('GET', '/api/v1/session').every((r) => r.url.searchParams.get('optional') === 'true')).toBe(true);
  });

  it('still treats a 401 from the session check as signed out', async () => {
    renderApp('/catalog/teams', new FakeServer().on('GET', '/api/v1/session', UNAUTHORIZED));
    await screen.findByLabelText('Token');
  });

  it('signs out with the CSRF header and returns to sign-in', async () => {
    const server = signedOutServer();
    renderApp('/sign-in', server);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Token'), 'gw_good');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Overview' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Token');
    const [signOut] = server.sent('DELETE', '/api/v1/session');
    expect(signOut?.headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('lists every module in the navigation, those not built yet as coming', async () => {
    const server = signedOutServer().on('GET', '/api/v1/session', { body: ADMIN_SESSION });
    // Whichever planned module has no pages yet (the list shrinks as modules land).
    const coming = navEntries.filter((n) => n.status === 'coming');
    renderApp(coming[0]?.path ?? '/', server);
    if (coming[0]) await screen.findByText(/is coming/);
    const nav = await screen.findByRole('navigation', { name: 'Modules' });
    for (const label of ['Catalog', 'Architecture', 'APIs', 'Readiness', 'Reliability', 'Incidents', 'Delivery', 'Debt']) {
      expect(within(nav).getByRole('link', { name: new RegExp(`^${label}`) })).toBeTruthy();
    }
    expect(within(nav).queryAllByText('coming')).toHaveLength(coming.length);
  });

  it('finds services from the search box with the keyboard', async () => {
    const server = signedOutServer()
      .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
      .on('GET', '/api/v1/search', (req) => ({
        body: { items: req.url.searchParams.get('q') === 'check' ? [{ kind: 'service', name: 'checkout', title: 'Checkout' }, { kind: 'team', name: 'checkers', title: null }] : [] },
      }))
      .on('GET', '/api/v1/services/checkout', { body: aService({ name: 'checkout', title: 'Checkout' }) })
      .on('GET', '/api/v1/services/checkout/graph', { body: { root: 'checkout', depth: 2, nodes: [], edges: [] } });
    const { router } = renderApp('/', server);
    await screen.findByRole('heading', { name: 'Overview' });
    const user = userEvent.setup();
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    await user.keyboard('check');
    await screen.findByRole('option', { name: /Checkout/ });
    expect(screen.getAllByRole('option')).toHaveLength(2);
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/catalog/services/checkout');
    });
  });
});

describe('activeSection', () => {
  const sections = [{ to: '/apis' }, { to: '/apis/deprecations' }, { to: '/apis/guidelines' }];
  it('lights the longest section a page is under', () => {
    expect(activeSection(sections, '/apis')).toBe('/apis');
    expect(activeSection(sections, '/apis/payments/versions/1.0.0')).toBe('/apis');
    expect(activeSection(sections, '/apis/deprecations')).toBe('/apis/deprecations');
    expect(activeSection(sections, '/apis/guidelines')).toBe('/apis/guidelines');
    expect(activeSection(sections, '/apisx')).toBeUndefined();
  });
});
