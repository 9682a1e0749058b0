import type { Service, Team } from '../../api/types.js';

/** Just the fields the overview reads, so the catalog's domain objects fit as well. */
export type OverviewService = Pick<Service, 'name' | 'title' | 'owner' | 'tier' | 'lifecycle' | 'runbook' | 'onCall'>;
export type OverviewTeam = Pick<Team, 'name' | 'title' | 'onCall'>;

// The overview's numbers, computed from the catalog lists. Pure, so it is tested on the
// Backstage example catalog without a browser.

export const TIERS = ['1', '2', '3', '4'] as const;
export const LIFECYCLES = ['experimental', 'production', 'deprecated'] as const;

export interface TeamSummary {
  /** Team slug; '' for services with no known owner. */
  team: string;
  title: string;
  total: number;
  byTier: Record<(typeof TIERS)[number] | 'none', number>;
  byLifecycle: Record<(typeof LIFECYCLES)[number] | 'none', number>;
}

export type GapKind = 'owner' | 'runbook' | 'on-call';

export interface ServiceGap {
  name: string;
  title: string;
  owner: string | undefined;
  missing: GapKind[];
}

export interface Overview {
  teams: TeamSummary[];
  gaps: ServiceGap[];
  serviceCount: number;
}

function blank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}

function emptySummary(team: string, title: string): TeamSummary {
  return {
    team,
    title,
    total: 0,
    byTier: { '1': 0, '2': 0, '3': 0, '4': 0, none: 0 },
    byLifecycle: { experimental: 0, production: 0, deprecated: 0, none: 0 },
  };
}

/**
 * Per-team counts (teams without services included, sorted by name, "no known owner" last)
 * and the services missing an owner, a runbook or an on-call reference. An owner that names
 * no known team counts as missing (an unresolved Backstage reference). On-call is satisfied
 * by the service's own reference or its owning team's.
 */
export function buildOverview(services: readonly OverviewService[], teams: readonly OverviewTeam[]): Overview {
  const teamByName = new Map(teams.map((t) => [t.name, t]));
  const summaries = new Map<string, TeamSummary>();
  for (const t of teams) summaries.set(t.name, emptySummary(t.name, blank(t.title) ? t.name : (t.title ?? t.name)));

  const gaps: ServiceGap[] = [];
  for (const s of services) {
    const team = !blank(s.owner) ? teamByName.get(s.owner ?? '') : undefined;
    const key = team ? team.name : '';
    let summary = summaries.get(key);
    if (!summary) {
      summary = emptySummary('', 'No known owner');
      summaries.set(key, summary);
    }
    summary.total++;
    const tier = s.tier === null ? 'none' : String(s.tier);
    if (tier === '1' || tier === '2' || tier === '3' || tier === '4') summary.byTier[tier]++;
    else summary.byTier.none++;
    const lc = s.lifecycle ?? 'none';
    summary.byLifecycle[lc]++;

    const missing: GapKind[] = [];
    if (!team) missing.push('owner');
    if (blank(s.runbook)) missing.push('runbook');
    if (blank(s.onCall) && blank(team?.onCall)) missing.push('on-call');
    if (missing.length > 0) {
      gaps.push({ name: s.name, title: blank(s.title) ? s.name : (s.title ?? s.name), owner: blank(s.owner) ? undefined : (s.owner ?? undefined), missing });
    }
  }

  const list = [...summaries.values()].sort((a, b) => {
    if (a.team === '') return 1;
    if (b.team === '') return -1;
    return a.team.localeCompare(b.team);
  });
  gaps.sort((a, b) => b.missing.length - a.missing.length || a.name.localeCompare(b.name));
  return { teams: list, gaps, serviceCount: services.length };
}
