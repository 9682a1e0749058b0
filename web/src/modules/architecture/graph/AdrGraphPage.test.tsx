// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_SESSION, FakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';
import type { Adr, AdrSummary } from '../architecture-api.js';

const summary = (id: string, number: number, title: string, status: Adr['status']): AdrSummary => ({
  id,
  number,
  collection: 'orders',
  scope: 'service',
  scopeName: 'orders',
  repository: 'orders',
  title,
  status,
  date: '2026-11-28',
  principles: [],
  reviewId: null,
  updatedAt: '2026-11-28T10:00:00.000Z',
});

const detail = (s: AdrSummary, relations: Adr['relations']): Adr => ({
  ...s,
  file: null,
  deciders: [],
  body: '',
  relations,
  history: [],
  createdAt: '2026-11-28T10:00:00.000Z',
});

const rest = summary('a1', 1, 'Use REST', 'superseded');
const grpc = summary('a2', 2, 'Use gRPC', 'accepted');
const ref = (s: AdrSummary) => ({ id: s.id, number: s.number, title: s.title, status: s.status });

describe('ADR relation graph', () => {
  it('draws every ADR as a node and each relation once as a labelled edge; a node opens its ADR', async () => {
    const api = new FakeServer()
      .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
      // One request for the whole graph: each stated relation once.
      .on('GET', '/api/v1/adrs/graph', { body: { nodes: [ref(rest), ref(grpc)], edges: [{ id: 'a2->a1:supersedes', source: 'a2', target: 'a1', kind: 'supersedes' }] } })
      .on('GET', '/api/v1/adrs/a2', { body: detail(grpc, [{ kind: 'supersedes', adr: ref(rest) }]) });
    const { router } = renderApp('/architecture/decisions/graph', api);

    const canvas = await screen.findByTestId('adr-graph');
    const drawn = within(canvas);
    expect(await drawn.findByRole('link', { name: '2. Use gRPC' })).toBeTruthy();
    expect(drawn.getByRole('link', { name: '1. Use REST' }).getAttribute('href')).toBe('/architecture/adrs/a1');
    expect(drawn.getByText('accepted')).toBeTruthy();
    await waitFor(() => {
      expect(drawn.getAllByText('supersedes')).toHaveLength(1);
    });
    expect(drawn.queryByText('superseded by')).toBeNull();
    expect(screen.getByText('1 relation as a list')).toBeTruthy();

    // Keyboard: the node's link takes focus and Enter opens the ADR. (A pointer click
    // goes through d3-zoom, which needs a real window's view that happy-dom lacks.)
    drawn.getByRole('link', { name: '2. Use gRPC' }).focus();
    await userEvent.setup().keyboard('{Enter}');
    await waitFor(() => {
      expect(api.sent('GET', '/api/v1/adrs/a2').length).toBeGreaterThan(0);
      expect(router.state.location.pathname).toBe('/architecture/adrs/a2');
    });
  });

  it('says so when there are no decisions, and links back from the list', async () => {
    const api = new FakeServer()
      .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
      .on('GET', '/api/v1/adrs', { body: { items: [], nextCursor: null } })
      .on('GET', '/api/v1/adrs/graph', { body: { nodes: [], edges: [] } });
    renderApp('/architecture/adrs', api);
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Graph of relations' }));
    expect(await screen.findByText(/No decisions yet/)).toBeTruthy();
  });
});
