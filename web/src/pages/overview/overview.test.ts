import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackstage } from '../../../../src/modules/catalog/backstage.js';
import { buildOverview } from './overview.js';

// The Backstage example catalog (ACME), read by the server's own translator.
const ROOT = new URL('../../../../../shared/corpora/backstage/', import.meta.url);
const inputs = ['acme', 'components', 'systems'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, ROOT))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(new URL(`${dir}/${f}`, ROOT), 'utf8') })),
);
const { content } = readBackstage(inputs);

describe('buildOverview on the ACME example catalog', () => {
  const overview = buildOverview(content.services, content.teams);

  it('counts every service once, under its owning team', () => {
    expect(overview.serviceCount).toBe(content.services.length);
    expect(overview.teams.reduce((n, t) => n + t.total, 0)).toBe(content.services.length);
    const teamA = overview.teams.find((t) => t.team === 'team-a');
    const ownedByA = content.services.filter((s) => s.owner === 'team-a');
    expect(teamA?.total).toBe(ownedByA.length);
    expect(teamA && teamA.byLifecycle.production + teamA.byLifecycle.experimental + teamA.byLifecycle.deprecated + teamA.byLifecycle.none).toBe(ownedByA.length);
  });

  it('lists teams without services too, sorted by name, then services with no known owner', () => {
    const known = new Set(content.teams.map((t) => t.name));
    const orphans = content.services.filter((s) => s.owner === null || !known.has(s.owner));
    expect(orphans.length).toBeGreaterThan(0); // e.g. owned by a team outside the files read here
    expect(overview.teams.map((t) => t.team)).toEqual([...[...known].sort((a, b) => a.localeCompare(b)), '']);
    expect(overview.teams.at(-1)?.total).toBe(orphans.length);
    for (const o of orphans) expect(overview.gaps.find((g) => g.name === o.name)?.missing).toContain('owner');
  });

  it('reports services without runbook or on-call (the examples have neither)', () => {
    expect(overview.gaps).toHaveLength(content.services.length);
    for (const gap of overview.gaps) expect(gap.missing).toContain('runbook');
  });
});

describe('buildOverview rules', () => {
  const teams = [{ name: 'payments', title: 'Payments', onCall: 'pd:PAY' }];
  it('takes on-call from the owning team, and an unknown owner counts as no owner', () => {
    const overview = buildOverview(
      [
        { name: 'checkout', title: null, owner: 'payments', tier: 1, lifecycle: 'production', runbook: 'https://rb', onCall: null },
        { name: 'ghost', title: null, owner: 'nobody', tier: null, lifecycle: null, runbook: null, onCall: null },
      ],
      teams,
    );
    expect(overview.gaps).toEqual([{ name: 'ghost', title: 'ghost', owner: 'nobody', missing: ['owner', 'runbook', 'on-call'] }]);
    expect(overview.teams.map((t) => [t.team, t.total, t.byTier['1'], t.byTier.none])).toEqual([
      ['payments', 1, 1, 0],
      ['', 1, 0, 1],
    ]);
  });
});
