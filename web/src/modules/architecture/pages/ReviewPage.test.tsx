// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';
import { SYSTEM_DESIGN_REVIEW } from '../../../../../src/modules/architecture/review-templates.js';
import type { Review } from '../architecture-api.js';

const BOB = { actor: { id: 't2', name: 'bob', role: 'member' }, csrfToken: 'csrf-bob' };
const ALICE = { actor: { id: 't1', name: 'alice', role: 'member' }, csrfToken: 'csrf-alice' };

const draft: Review = {
  id: 'r1',
  title: 'Split payments out',
  templateId: 'system-design-review',
  state: 'draft',
  author: 'bob',
  service: 'payments',
  requiredApprovals: 1,
  reviewers: [{ name: 'alice', decision: 'pending', decidedAt: null }],
  sections: SYSTEM_DESIGN_REVIEW.sections.map((s) => ({ ...s, content: s.key === 'reliability' ? 'Timeouts.' : '' })),
  principles: [],
  adrId: null,
  submittedAt: null,
  overdue: false,
  allowedActions: ['submit', 'withdraw'],
  comments: [],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

const reliability = SYSTEM_DESIGN_REVIEW.sections.find((s) => s.key === 'reliability');
const title = reliability?.title ?? 'reliability';

describe('review page: editing sections', () => {
  it("lets the author edit a section's Markdown and shows the saved text", async () => {
    const api = new FakeServer()
      .on('GET', '/api/v1/session', { body: BOB })
      .on('GET', '/api/v1/reviews/r1', { body: draft })
      .on('PUT', '/api/v1/reviews/r1/sections/reliability', (req) => {
        const { content } = JSON.parse(req.body ?? '{}') as { content: string };
        return { body: { ...draft, sections: draft.sections.map((s) => (s.key === 'reliability' ? { ...s, content } : s)) } };
      });
    renderApp('/architecture/reviews/r1', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Edit ${title}` }));
    const box = screen.getByLabelText(`Content of ${title} (Markdown)`);
    expect((box as HTMLTextAreaElement).value).toBe('Timeouts.');
    await user.clear(box);
    await user.type(box, 'Timeouts and **retries** with a budget.');
    await user.click(screen.getByRole('button', { name: 'Save section' }));

    const section = await screen.findByRole('region', { name: title });
    await within(section).findByText('retries');
    expect(screen.queryByLabelText(`Content of ${title} (Markdown)`)).toBeNull();
    const [sent] = api.sent('PUT', '/api/v1/reviews/r1/sections/reliability');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ content: 'Timeouts and **retries** with a budget.' });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-bob');
  });

  it("shows the API's refusal and keeps the text", async () => {
    const api = new FakeServer()
      .on('GET', '/api/v1/session', { body: BOB })
      .on('GET', '/api/v1/reviews/r1', { body: draft })
      .on('PUT', '/api/v1/reviews/r1/sections/reliability', {
        status: 409,
        body: { type: 'illegal-transition', title: 'Conflict', status: 409, detail: 'Sections can be edited while the review is draft or changes-requested, not in-review.' },
      });
    renderApp('/architecture/reviews/r1', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Edit ${title}` }));
    await user.type(screen.getByLabelText(`Content of ${title} (Markdown)`), ' More.');
    await user.click(screen.getByRole('button', { name: 'Save section' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not in-review');
    expect(screen.getByLabelText<HTMLTextAreaElement>(`Content of ${title} (Markdown)`).value).toBe('Timeouts. More.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByLabelText(`Content of ${title} (Markdown)`)).toBeNull();
    });
  });

  it('offers no editing to others, or once the review is in review', async () => {
    const asAlice = new FakeServer().on('GET', '/api/v1/session', { body: ALICE }).on('GET', '/api/v1/reviews/r1', { body: draft });
    const first = renderApp('/architecture/reviews/r1', asAlice);
    await screen.findByRole('heading', { name: 'Split payments out' });
    expect(screen.queryByRole('button', { name: `Edit ${title}` })).toBeNull();
    first.unmount();

    const inReview = new FakeServer().on('GET', '/api/v1/session', { body: BOB }).on('GET', '/api/v1/reviews/r1', { body: { ...draft, state: 'in-review' } });
    renderApp('/architecture/reviews/r1', inReview);
    await screen.findByRole('heading', { name: 'Split payments out' });
    expect(screen.queryByRole('button', { name: `Edit ${title}` })).toBeNull();
  });
});
