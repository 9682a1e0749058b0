// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_SESSION, FakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';
import type { CampaignProgress, Report, ServiceReadiness } from '../readiness-api.js';

const report: Report = {
  scorecard: 'production-readiness',
  title: 'Production readiness',
  levels: ['Bronze', 'Silver', 'Gold'],
  checks: [
    { check: 'has-owner', title: 'Has an owner', level: 'Bronze', group: 'ownership', passRate: 1 },
    { check: 'has-runbook', title: 'Has a runbook', level: 'Silver', group: 'documentation', passRate: 0.5 },
  ],
  services: [
    { service: 'artist-lookup', team: 'team-a', level: 'Bronze', score: 0.5, cells: { 'has-owner': true, 'has-runbook': false }, failing: [{ check: 'has-runbook', reason: 'fact missing: service.runbook' }] },
    { service: 'web-shop', team: 'payments', level: 'Silver', score: 1, cells: { 'has-owner': true, 'has-runbook': true }, failing: [] },
  ],
  teams: [
    { team: 'payments', services: 1, levels: { Silver: 1 }, averageScore: 1 },
    { team: 'team-a', services: 1, levels: { Bronze: 1 }, averageScore: 0.5 },
  ],
};

const readiness: ServiceReadiness = {
  service: 'artist-lookup',
  team: 'team-a',
  evaluatedAt: '2026-11-28T10:00:00.000Z',
  scorecards: [
    {
      scorecard: 'production-readiness',
      title: 'Production readiness',
      levels: ['Bronze', 'Silver', 'Gold'],
      level: 'Bronze',
      nextLevel: 'Silver',
      score: 0.5,
      passed: 1,
      total: 2,
      checks: [
        { check: 'has-owner', title: 'Has an owner', level: 'Bronze', group: 'ownership', kind: 'expression', passed: true, reason: null, facts: [{ fact: 'service.owner', value: 'team-a', missing: false }], attestation: null, validForDays: null },
        {
          check: 'has-runbook', title: 'Has a runbook', level: 'Silver', group: 'documentation', kind: 'expression', passed: false, reason: 'fact missing: service.runbook',
          facts: [{ fact: 'service.runbook', value: null, missing: true }], attestation: null, validForDays: null,
        },
      ],
      nextSteps: [
        { check: 'has-runbook', title: 'Has a runbook', level: 'Silver', reason: 'fact missing: service.runbook', why: 'On-call needs steps at 3 a.m.', hint: 'Write a runbook and link it.', link: '/api/v1/services/artist-lookup', blocksNextLevel: true },
      ],
    },
  ],
};

const campaign: CampaignProgress = {
  campaign: { id: 'c1', title: 'Silver by spring', description: 'Every service to Silver.', scorecard: 'production-readiness', targetLevel: 'Silver', filter: null, deadline: '2027-03-01', createdAt: '2026-11-01T00:00:00.000Z' },
  total: 2,
  atTarget: 1,
  progress: 0.5,
  daysLeft: 93,
  overdue: false,
  services: [
    { service: 'artist-lookup', team: 'team-a', level: 'Bronze', atTarget: false, failing: [{ check: 'has-runbook', title: 'Has a runbook', level: 'Silver', reason: 'fact missing: service.runbook' }] },
    { service: 'web-shop', team: 'payments', level: 'Silver', atTarget: true, failing: [] },
  ],
};

function server() {
  return new FakeServer()
    .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
    .on('GET', '/api/v1/services', { body: { items: [{ name: 'artist-lookup', owner: 'team-a' }, { name: 'web-shop', owner: 'payments' }], nextCursor: null } })
    .on('GET', '/api/v1/readiness/scorecards', { body: { items: [] } })
    .on('GET', '/api/v1/readiness/report', { body: report })
    .on('GET', '/api/v1/readiness/history', { body: { scope: 'scorecard', scorecard: 'production-readiness', team: null, points: [] } });
}

describe('readiness pages', { timeout: 30_000 }, () => {
  it('shows the matrix with levels and the failing reason on a focusable cell, and filters by team', async () => {
    const api = server();
    renderApp('/readiness', api);
    const table = await screen.findByRole('table', { name: /Production readiness: 2 services by 2 checks/ });
    const row = within(table).getByRole('row', { name: /artist-lookup/ });
    expect(within(row).getByText('Bronze')).toBeTruthy();
    const cell = within(row).getByLabelText('artist-lookup, Has a runbook: fails: fact missing: service.runbook');
    expect(cell.getAttribute('tabindex')).toBe('0');
    expect(within(cell).getByRole('tooltip').textContent).toBe('fact missing: service.runbook');
    expect(within(table).getByRole('link', { name: 'artist-lookup' }).getAttribute('href')).toBe('/readiness/services/artist-lookup');
    // The chart module (recharts) loads lazily; slow on a busy machine.
    expect(await screen.findByText(/No history yet/, undefined, { timeout: 15_000 })).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByLabelText('Team'), 'team-a');
    await waitFor(() => {
      expect(api.requests.some((r) => r.url.pathname === '/api/v1/readiness/report' && r.url.searchParams.get('team') === 'team-a')).toBe(true);
    });
  });

  it('says so when no service is in scope', async () => {
    renderApp('/readiness', server().on('GET', '/api/v1/readiness/report', { body: { ...report, services: [], teams: [] } }));
    expect(await screen.findByText(/No service is in scope/)).toBeTruthy();
  });

  it('shows an error with a retry when the report fails', async () => {
    renderApp('/readiness', server().on('GET', '/api/v1/readiness/report', { status: 500, body: { type: 'about:blank', title: 'Internal Server Error', status: 500 } }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Internal Server Error');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it("shows a service's level, what to fix next with a link to the catalog edit page, and each check", async () => {
    renderApp('/readiness/services/artist-lookup', server().on('GET', '/api/v1/services/artist-lookup/readiness', { body: readiness }));
    expect(await screen.findByRole('heading', { name: 'Readiness of artist-lookup' })).toBeTruthy();
    const next = screen.getByRole('heading', { name: 'What to fix next' }).parentElement;
    expect(next?.textContent).toContain('Why it fails: fact missing: service.runbook');
    expect(next?.textContent).toContain('blocks Silver');
    expect(screen.getByRole('link', { name: 'Fix it in the catalog' }).getAttribute('href')).toBe('/catalog/services/artist-lookup/edit');
    expect(screen.getByText('service.runbook = missing')).toBeTruthy();
  });

  it('attests a check with evidence from the service page, and refreshes the result', async () => {
    const withAttestation: ServiceReadiness = {
      ...readiness,
      scorecards: readiness.scorecards.map((scorecard) => ({
        ...scorecard,
        checks: [
          ...scorecard.checks,
          { check: 'load-tested', title: 'Load-tested at expected peak × 2', level: 'Gold', group: 'Scalability', kind: 'attestation', passed: false, reason: 'not attested', facts: [], attestation: null, validForDays: 180 },
        ],
      })),
    };
    let attested = false;
    const api = server()
      .on('GET', '/api/v1/services/artist-lookup/readiness', () => ({
        body: attested
          ? {
              ...withAttestation,
              scorecards: withAttestation.scorecards.map((scorecard) => ({
                ...scorecard,
                checks: scorecard.checks.map((check) =>
                  check.check === 'load-tested'
                    ? { ...check, passed: true, reason: null, attestation: { evidenceUrl: 'https://wiki.example.com/load-test', note: null, attestedBy: 'admin', attestedAt: '2026-11-28T10:00:00.000Z', expiresAt: '2027-05-27T10:00:00.000Z' } }
                    : check,
                ),
              })),
            }
          : withAttestation,
      }))
      .on('POST', '/api/v1/services/artist-lookup/attestations', () => {
        attested = true;
        return { status: 201, body: { id: 'a1' } };
      });
    renderApp('/readiness/services/artist-lookup', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Attest… Load-tested at expected peak × 2' }));
    const form = screen.getByRole('form', { name: 'Attest Load-tested at expected peak × 2' });
    expect(form.textContent).toContain('Valid for 180 days');
    // Evidence is required: nothing is sent without it.
    await user.click(within(form).getByRole('button', { name: 'Attest' }));
    expect(within(form).getByRole('alert').textContent).toContain('An attestation needs a link or a note.');
    expect(api.sent('POST', '/api/v1/services/artist-lookup/attestations')).toHaveLength(0);
    await user.type(within(form).getByLabelText('Evidence link'), 'https://wiki.example.com/load-test');
    await user.click(within(form).getByRole('button', { name: 'Attest' }));
    await waitFor(() => {
      expect(screen.queryByRole('form', { name: /Attest Load-tested/ })).toBeNull();
    });
    const [sent] = api.sent('POST', '/api/v1/services/artist-lookup/attestations');
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ scorecard: 'production-readiness', check: 'load-tested', evidenceUrl: 'https://wiki.example.com/load-test' });
    expect(await screen.findByText(/attested by admin on 2026-11-28, expires 2027-05-27/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'evidence' }).getAttribute('href')).toBe('https://wiki.example.com/load-test');
  });

  it('shows campaigns with a progress bar and deadline, and a campaign with the services behind', async () => {
    const api = server()
      .on('GET', '/api/v1/readiness/campaigns', { body: { items: [campaign.campaign] } })
      .on('GET', '/api/v1/readiness/campaigns/c1', { body: campaign });
    const { router } = renderApp('/readiness/campaigns', api);
    const bar = await screen.findByRole('progressbar', { name: '1 of 2 services at Silver' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByText('due 2027-03-01 (93 days left)')).toBeTruthy();

    await router.navigate('/readiness/campaigns/c1');
    expect(await screen.findByRole('heading', { name: 'Services not yet at Silver (1)' })).toBeTruthy();
    expect(screen.getByText('Has a runbook (Silver): fact missing: service.runbook')).toBeTruthy();
  });

  it('starts a campaign from the campaigns page and opens it', async () => {
    const scorecards = { items: [{ name: 'production-readiness', title: 'Production readiness', description: '', levels: ['Bronze', 'Silver', 'Gold'], filter: null, checks: [], builtin: true, etag: '"b"' }] };
    const api = server()
      .on('GET', '/api/v1/readiness/scorecards', { body: scorecards })
      .on('GET', '/api/v1/readiness/campaigns', { body: { items: [] } })
      .on('POST', '/api/v1/readiness/campaigns', { status: 201, body: campaign })
      .on('GET', '/api/v1/readiness/campaigns/c1', { body: campaign });
    renderApp('/readiness/campaigns', api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New campaign' }));
    const form = screen.getByRole('form', { name: 'New campaign' });
    await user.type(within(form).getByLabelText('Title'), 'Team A to Silver');
    await user.selectOptions(within(form).getByLabelText('Target level'), 'Silver');
    await user.type(within(form).getByLabelText('Services'), 'service.owner == "team-a"');
    await user.type(within(form).getByLabelText('Deadline'), '2027-03-01');
    await user.click(within(form).getByRole('button', { name: 'Start campaign' }));
    expect(await screen.findByRole('heading', { name: 'Services not yet at Silver (1)' })).toBeTruthy();
    const [sent] = api.sent('POST', '/api/v1/readiness/campaigns');
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ title: 'Team A to Silver', scorecard: 'production-readiness', targetLevel: 'Silver', deadline: '2027-03-01', filter: 'service.owner == "team-a"' });
  });
});
