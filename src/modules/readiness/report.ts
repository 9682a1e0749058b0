/**
 * The readiness report of one scorecard: a services × checks matrix with each service's
 * level and failing checks (with reasons), and rollups per team. Pure.
 */
import type { ScorecardDefinition, ScorecardResult } from './readiness.js';

export interface ReportService {
  readonly service: string;
  readonly team: string | null;
  readonly level: string | null;
  readonly score: number;
  /** Check name → passed. */
  readonly cells: Readonly<Record<string, boolean>>;
  readonly failing: { readonly check: string; readonly reason: string }[];
}

export interface TeamRollup {
  readonly team: string | null;
  readonly services: number;
  /** Level → number of services at it; key "none" for services below the first level. */
  readonly levels: Readonly<Record<string, number>>;
  readonly averageScore: number;
}

export interface ReadinessReport {
  readonly scorecard: string;
  readonly title: string;
  readonly levels: string[];
  readonly checks: { readonly check: string; readonly title: string; readonly level: string; readonly group: string | null; readonly passRate: number }[];
  readonly services: ReportService[];
  readonly teams: TeamRollup[];
}

export const NO_LEVEL = 'none';

/**
 * The report's services after the service named `after` (the report's order), at most
 * `limit` of them; checks' pass rates and team rollups stay those of the whole report.
 */
export function pageOfReport(report: ReadinessReport, after: string | undefined, limit: number): { services: ReportService[]; hasMore: boolean } {
  let start = 0;
  if (after !== undefined) {
    let high = report.services.length;
    while (start < high) {
      const middle = (start + high) >>> 1;
      if ((report.services[middle]?.service ?? '').localeCompare(after) <= 0) start = middle + 1;
      else high = middle;
    }
  }
  const services = report.services.slice(start, start + limit);
  return { services, hasMore: start + limit < report.services.length };
}

export function buildReport(definition: ScorecardDefinition, results: ScorecardResult[]): ReadinessReport {
  const services = results
    .map((result): ReportService => {
      const cells: Record<string, boolean> = {};
      const failing: { check: string; reason: string }[] = [];
      for (const check of result.checks) {
        cells[check.check] = check.passed;
        if (!check.passed) failing.push({ check: check.check, reason: check.reason ?? '' });
      }
      return { service: result.service, team: result.team, level: result.level, score: result.score, cells, failing };
    })
    .sort((a, b) => a.service.localeCompare(b.service));

  const passCounts = new Map<string, number>();
  for (const service of services) for (const [check, passed] of Object.entries(service.cells)) if (passed) passCounts.set(check, (passCounts.get(check) ?? 0) + 1);
  const checks = definition.checks.map((check) => ({
    check: check.name,
    title: check.title,
    level: check.level,
    group: check.group,
    passRate: services.length === 0 ? 0 : (passCounts.get(check.name) ?? 0) / services.length,
  }));

  const byTeam = new Map<string | null, ReportService[]>();
  for (const service of services) {
    const list = byTeam.get(service.team);
    if (list) list.push(service);
    else byTeam.set(service.team, [service]);
  }
  const teams = [...byTeam.entries()]
    .map(([team, members]): TeamRollup => {
      const levels: Record<string, number> = { [NO_LEVEL]: 0 };
      for (const level of definition.levels) levels[level] = 0;
      for (const member of members) {
        const key = member.level ?? NO_LEVEL;
        levels[key] = (levels[key] ?? 0) + 1;
      }
      const averageScore = members.reduce((sum, member) => sum + member.score, 0) / members.length;
      return { team, services: members.length, levels, averageScore };
    })
    .sort((a, b) => (a.team ?? '~').localeCompare(b.team ?? '~'));

  return { scorecard: definition.name, title: definition.title, levels: definition.levels, checks, services, teams };
}
