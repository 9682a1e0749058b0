// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_SESSION, FakeServer } from '../../../test/fake-server.js';
import { aService, aTeam } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

function server(): FakeServer {
  return new FakeServer()
    .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
    .on('GET', '/api/v1/teams', { body: { items: [aTeam({ name: 'payments', title: 'Payments' })], nextCursor: null } })
    .on('GET', '/api/v1/systems', { body: { items: [], nextCursor: null } });
}

describe('service form', () => {
  it("shows the API's problem details next to the fields it names", async () => {
    const api = server().on('POST', '/api/v1/services', {
      status: 422,
      body: {
        type: 'validation',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'The service refers to entities the catalog does not hold.',
        errors: [
          { field: '/owner', message: 'no team named "nobody" in the catalog' },
          { field: '/annotations', message: 'not shown by this form' },
        ],
      },
    });
    renderApp('/catalog/services/new', api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name (slug)'), 'billing');
    await user.type(screen.getByLabelText('Owner (team)'), 'nobody');
    await user.selectOptions(screen.getByLabelText('Tier'), '2');
    await user.click(screen.getByRole('button', { name: 'Create service' }));

    const owner = screen.getByLabelText('Owner (team)');
    await waitFor(() => {
      expect(owner.getAttribute('aria-invalid')).toBe('true');
    });
    const describedBy = owner.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ').at(-1) ?? '')?.textContent).toBe('no team named "nobody" in the catalog');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('The service refers to entities the catalog does not hold.');
    expect(summary.textContent).toContain('not shown by this form');
    expect(screen.getByLabelText('Name (slug)').getAttribute('aria-invalid')).toBe('false');

    const [sent] = api.sent('POST', '/api/v1/services');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ name: 'billing', owner: 'nobody', tier: 2 });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('edits with If-Match and sends only what changed', async () => {
    const checkout = aService({ name: 'checkout', title: 'Checkout', owner: 'payments', tier: 1, tags: ['a'] });
    const api = server()
      .on('GET', '/api/v1/services/checkout', { body: checkout, headers: { ETag: '"e1"' } })
      .on('GET', '/api/v1/services/checkout/graph', { body: { root: 'checkout', depth: 2, nodes: [], edges: [] } })
      .on('PATCH', '/api/v1/services/checkout', { body: { ...checkout, tier: null } });
    const { router } = renderApp('/catalog/services/checkout/edit', api);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Tier'), '');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/catalog/services/checkout');
    });
    const [patch] = api.sent('PATCH', '/api/v1/services/checkout');
    expect(JSON.parse(patch?.body ?? '')).toEqual({ tier: null });
    expect(patch?.headers.get('If-Match')).toBe('"e1"');
  });
});

describe('services table', () => {
  it('filters through the URL and pages with the API cursors', async () => {
    const api = server().on('GET', '/api/v1/services', (req) => {
      const cursor = req.url.searchParams.get('cursor');
      return cursor === null
        ? { body: { items: [aService({ name: 'a-svc', owner: 'payments', tier: 2 }), aService({ name: 'b-svc', owner: 'payments', tier: 1 })], nextCursor: 'c2' } }
        : { body: { items: [aService({ name: 'c-svc', owner: 'payments' })], nextCursor: null } };
    });
    const { router } = renderApp('/catalog/services?owner=payments', api);
    await screen.findByRole('link', { name: 'a-svc' });
    expect(api.sent('GET', '/api/v1/services')[0]?.url.searchParams.get('owner')).toBe('payments');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('link', { name: 'c-svc' });
    expect(router.state.location.search).toContain('cursor=c2');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Next/ }).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await screen.findByRole('link', { name: 'a-svc' });

    await user.selectOptions(screen.getByLabelText('Lifecycle'), 'production');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?owner=payments&lifecycle=production');
    });
  });

  it('sorts through the API from the column headers, with aria-sort, and pages in that order', async () => {
    // A fake server that sorts like the real one: tier, empties last, ties by name; two per page.
    const all = [
      aService({ name: 'a-svc', tier: 2 }),
      aService({ name: 'b-svc', tier: 1 }),
      aService({ name: 'c-svc', tier: null }),
      aService({ name: 'd-svc', tier: 1 }),
      aService({ name: 'e-svc', tier: 3 }),
    ];
    const api = server().on('GET', '/api/v1/services', (req) => {
      const sort = req.url.searchParams.get('sort');
      const descending = sort?.startsWith('-') ?? false;
      const ordered = [...all].sort((x, y) => {
        if (sort === null || sort === '-name') return (sort === null ? 1 : -1) * x.name.localeCompare(y.name);
        if (x.tier === null || y.tier === null) return x.tier === y.tier ? x.name.localeCompare(y.name) : x.tier === null ? 1 : -1;
        return x.tier === y.tier ? x.name.localeCompare(y.name) : (x.tier - y.tier) * (descending ? -1 : 1);
      });
      const start = Number(req.url.searchParams.get('cursor') ?? '0');
      const next = start + 2 < ordered.length ? String(start + 2) : null;
      return { body: { items: ordered.slice(start, start + 2), nextCursor: next } };
    });
    const { router } = renderApp('/catalog/services', api);
    await screen.findByRole('link', { name: 'a-svc' });
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => r.querySelector('a')?.textContent);
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
    expect(header('Service').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Tier').getAttribute('aria-sort')).toBeNull();

    const user = userEvent.setup();
    // With the keyboard: focus the Tier header's button and press Enter.
    screen.getByRole('button', { name: 'Tier' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(rows()).toEqual(['b-svc', 'd-svc']);
    });
    expect(router.state.location.search).toBe('?sort=tier');
    expect(header('Tier').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Service').getAttribute('aria-sort')).toBeNull();
    expect(api.sent('GET', '/api/v1/services').at(-1)?.url.searchParams.get('sort')).toBe('tier');

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => {
      expect(rows()).toEqual(['a-svc', 'e-svc']);
    });
    const paged = api.sent('GET', '/api/v1/services').at(-1)?.url.searchParams;
    expect([paged?.get('sort'), paged?.get('cursor')]).toEqual(['tier', '2']);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => {
      expect(rows()).toEqual(['c-svc']);
    });

    // The same header again reverses the order and starts over at the first page.
    await user.click(screen.getByRole('button', { name: 'Tier' }));
    await waitFor(() => {
      expect(rows()).toEqual(['e-svc', 'a-svc']);
    });
    expect(router.state.location.search).toBe('?sort=-tier');
    expect(header('Tier').getAttribute('aria-sort')).toBe('descending');
  });

  it('says so when nothing matches', async () => {
    const api = server().on('GET', '/api/v1/services', { body: { items: [], nextCursor: null } });
    renderApp('/catalog/services?tag=none', api);
    await screen.findByText('No service matches these filters.');
  });

  it('shows an error with a retry when the API fails', async () => {
    const api = server().on('GET', '/api/v1/services', { status: 503, body: { type: 'unavailable', title: 'Service Unavailable', status: 503, detail: 'database down' } });
    renderApp('/catalog/services', api);
    expect((await screen.findByRole('alert')).textContent).toContain('database down');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('delete', () => {
  const checkout = aService({ name: 'checkout', title: 'Checkout', owner: 'payments' });
  const withService = () =>
    server()
      .on('GET', '/api/v1/services/checkout', { body: checkout, headers: { ETag: '"e1"' } })
      .on('GET', '/api/v1/services/checkout/graph', { body: { root: 'checkout', depth: 2, nodes: [], edges: [] } })
      .on('GET', '/api/v1/services', { body: { items: [], nextCursor: null } });

  it('deletes a service after confirmation, with If-Match and the CSRF token, then lists services', async () => {
    const api = withService().on('DELETE', '/api/v1/services/checkout', { status: 204 });
    const { router } = renderApp('/catalog/services/checkout', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete service checkout?' });
    expect(api.sent('DELETE', '/api/v1/services/checkout')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete service' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/catalog/services');
    });
    const [sent] = api.sent('DELETE', '/api/v1/services/checkout');
    expect(sent?.headers.get('If-Match')).toBe('"e1"');
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('cancels without a request', async () => {
    const api = withService();
    renderApp('/catalog/services/checkout', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(api.sent('DELETE', '/api/v1/services/checkout')).toHaveLength(0);
  });

  it('says a 412 means someone else changed it, and reloads on request', async () => {
    const api = withService().on('DELETE', '/api/v1/services/checkout', {
      status: 412,
      body: { type: 'precondition-failed', title: 'Precondition Failed', status: 412, detail: 'The ETag does not match.' },
    });
    renderApp('/catalog/services/checkout', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete service' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toContain('changed by someone else');
    const reads = api.sent('GET', '/api/v1/services/checkout').length;
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reload' }));
    await waitFor(() => {
      expect(api.sent('GET', '/api/v1/services/checkout').length).toBe(reads + 1);
    });
  });

  it('shows what a team still owns when the API refuses with 409', async () => {
    const api = server()
      .on('GET', '/api/v1/teams/payments', { body: aTeam({ name: 'payments', title: 'Payments' }), headers: { ETag: '"t1"' } })
      .on('GET', '/api/v1/services', { body: { items: [checkout], nextCursor: null } })
      .on('DELETE', '/api/v1/teams/payments', {
        status: 409,
        body: {
          type: 'still-referenced',
          title: 'Conflict',
          status: 409,
          detail: 'The team "payments" is still referenced (service:checkout is owned by it); pass force=true to delete it anyway.',
          details: { dependents: ['service:checkout is owned by it'] },
        },
      });
    renderApp('/catalog/teams/payments', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete team payments?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete team' }));
    const list = await within(dialog).findByRole('list', { name: 'Still refers to it' });
    expect(list.textContent).toBe('service:checkout is owned by it');
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Delete team' }).disabled).toBe(true);
    expect(api.sent('DELETE', '/api/v1/teams/payments')[0]?.headers.get('If-Match')).toBe('"t1"');
  });
});

describe('import page', () => {
  it('previews with a dry run, shows errors with lines, and applies only a clean preview', async () => {
    const api = server().on('POST', '/api/v1/catalog/import', (req) => {
      const dryRun = req.url.searchParams.get('dryRun') === 'true';
      const broken = (req.body ?? '').includes('[broken');
      return {
        body: {
          dryRun,
          created: broken ? 0 : 1,
          updated: 0,
          unchanged: 0,
          entities: broken ? [] : [{ kind: 'service', name: 'orders', action: 'created' }],
          skipped: [],
          warnings: broken ? [] : [{ code: 'unresolved-reference', message: 'owner team-x is not in the catalog', entity: 'service:orders', document: 0, line: 7 }],
          errors: broken ? [{ code: 'invalid-document', message: 'YAML: bad flow sequence', document: 1, line: 4 }] : [],
        },
      };
    });
    renderApp('/catalog/import', api);
    const user = userEvent.setup();
    const text = await screen.findByLabelText(/YAML/);
    const apply = screen.getByRole<HTMLButtonElement>('button', { name: 'Apply import' });
    expect(apply.disabled).toBe(true);

    await user.click(text);
    await user.paste('kind: Component\nmetadata:\n  name: [broken');
    await user.click(screen.getByRole('button', { name: 'Preview (dry run)' }));
    const errors = await screen.findByRole('region', { name: 'Errors' });
    expect(errors.textContent).toContain('line 4 (document 2)');
    expect(apply.disabled).toBe(true);

    await user.clear(text);
    await user.paste('kind: Component\nmetadata:\n  name: orders');
    await user.click(screen.getByRole('button', { name: 'Preview (dry run)' }));
    await screen.findByRole('heading', { name: /Preview/ });
    expect(screen.getByRole('region', { name: 'Warnings' }).textContent).toContain('line 7 (document 1)');
    await waitFor(() => {
      expect(apply.disabled).toBe(false);
    });
    await user.click(apply);
    await screen.findByRole('heading', { name: 'Imported' });

    const posts = api.sent('POST', '/api/v1/catalog/import');
    expect(posts.map((p) => p.url.searchParams.get('dryRun'))).toEqual(['true', 'true', null]);
    expect(posts[2]?.headers.get('Content-Type')).toBe('application/yaml');
    expect(posts[2]?.body).toBe('kind: Component\nmetadata:\n  name: orders');
  });
});
