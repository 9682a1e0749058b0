// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_SESSION, FakeServer } from '../../test/fake-server.js';
import { renderApp } from '../../test/render-app.js';
import { SYSTEM_DESIGN_REVIEW } from '../../../../src/modules/architecture/review-templates.js';
import type { Adr, Review } from './architecture-api.js';

const review: Review = {
  id: 'r1',
  title: 'Split payments out',
  templateId: 'system-design-review',
  state: 'in-review',
  author: 'bob',
  service: 'payments',
  requiredApprovals: 1,
  reviewers: [{ name: 'alice', decision: 'pending', decidedAt: null }],
  sections: SYSTEM_DESIGN_REVIEW.sections.map((s) => ({ ...s, content: s.key === 'reliability' ? 'Timeouts and **retries**.' : '' })),
  principles: ['design-for-failure'],
  adrId: null,
  submittedAt: '2026-11-20T10:00:00.000Z',
  overdue: true,
  allowedActions: ['approve', 'request-changes', 'withdraw'],
  comments: [
    {
      id: 'c1',
      section: 'reliability',
      parentId: null,
      author: 'alice',
      body: 'What if the gateway times out?',
      createdAt: '2026-11-21T09:00:00.000Z',
      replies: [{ id: 'c2', section: 'reliability', parentId: 'c1', author: 'bob', body: 'A queued fallback.', createdAt: '2026-11-21T10:00:00.000Z', replies: [] }],
    },
  ],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
};

const adr: Adr = {
  id: 'a2',
  number: 2,
  collection: 'orders',
  scope: 'service',
  scopeName: 'orders',
  repository: 'orders',
  file: '0002-use-grpc.md',
  title: 'Use gRPC',
  status: 'accepted',
  date: '2026-11-28',
  deciders: ['Ana'],
  body: '## Context\n\nWe call [the docs](javascript:alert(1)) and [MADR](https://adr.github.io/madr/).\n\n* fast\n* typed\n',
  principles: ['simplicity-over-cleverness'],
  reviewId: 'r1',
  relations: [{ kind: 'supersedes', adr: { id: 'a1', number: 1, title: 'Use REST', status: 'superseded' } }],
  history: [{ status: 'accepted', at: '2026-11-28T10:00:00.000Z', actor: 'cli', note: 'pushed from orders' }],
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
};

describe('architecture pages', () => {
  it('shows a review with its sections, threads and overdue flag, and approves it', async () => {
    const api = new FakeServer()
      .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
      .on('GET', '/api/v1/reviews/r1', { body: review })
      .on('POST', '/api/v1/reviews/r1/approve', { body: { ...review, state: 'approved', overdue: false, allowedActions: ['request-changes', 'decide', 'withdraw'] } });
    renderApp('/architecture/reviews/r1', api);
    expect(await screen.findByRole('heading', { name: 'Split payments out' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('Service architecture choice');
    expect(screen.getByText('overdue')).toBeTruthy();
    expect(screen.getByText('retries').tagName).toBe('STRONG');
    expect(screen.getByText('A queued fallback.')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Decide and record the ADR' })).toBeTruthy();
    });
    const [sent] = api.sent('POST', '/api/v1/reviews/r1/approve');
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('renders an ADR with relations, history and safe links', async () => {
    const api = new FakeServer().on('GET', '/api/v1/session', { body: ADMIN_SESSION }).on('GET', '/api/v1/adrs/a2', { body: adr });
    renderApp('/architecture/adrs/a2', api);
    expect(await screen.findByRole('heading', { name: '2. Use gRPC' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '1. Use REST' }).getAttribute('href')).toBe('/architecture/adrs/a1');
    expect(screen.getByRole('link', { name: 'design review' }).getAttribute('href')).toBe('/architecture/reviews/r1');
    expect(screen.getByRole('link', { name: 'MADR' }).getAttribute('href')).toBe('https://adr.github.io/madr/');
    expect(screen.queryByRole('link', { name: 'the docs' })).toBeNull();
    expect(screen.getByText(/pushed from orders/)).toBeTruthy();
  });
});
