/**
 * Campaign progress: how many of the campaign's services reached the target level, and
 * what each of the others still fails at or below that level. Pure.
 */
import type { Campaign, ScorecardResult } from './readiness.js';

export interface CampaignServiceProgress {
  readonly service: string;
  readonly team: string | null;
  readonly level: string | null;
  readonly atTarget: boolean;
  readonly failing: { readonly check: string; readonly title: string; readonly level: string; readonly reason: string }[];
}

export interface CampaignProgress {
  readonly campaign: Campaign;
  readonly total: number;
  readonly atTarget: number;
  /** Share of services at or above the target level, 0..1 (1 for an empty campaign). */
  readonly progress: number;
  readonly daysLeft: number;
  readonly overdue: boolean;
  readonly services: CampaignServiceProgress[];
}

const DAY_MS = 86_400_000;

export function campaignProgress(campaign: Campaign, levels: string[], results: ScorecardResult[], now: Date): CampaignProgress {
  const target = levels.indexOf(campaign.targetLevel);
  const services = results.map((result): CampaignServiceProgress => {
    const reached = result.level === null ? -1 : levels.indexOf(result.level);
    const failing = result.checks
      .filter((check) => !check.passed && levels.indexOf(check.level) <= target)
      .map((check) => ({ check: check.check, title: check.title, level: check.level, reason: check.reason ?? '' }));
    return { service: result.service, team: result.team, level: result.level, atTarget: reached >= target, failing };
  });
  services.sort((a, b) => Number(a.atTarget) - Number(b.atTarget) || b.failing.length - a.failing.length || a.service.localeCompare(b.service));
  const atTarget = services.filter((service) => service.atTarget).length;
  // The deadline is a whole day: a campaign due today is not overdue until tomorrow.
  const deadlineEnd = Date.parse(`${campaign.deadline}T00:00:00Z`) + DAY_MS;
  const daysLeft = Math.ceil((deadlineEnd - now.getTime()) / DAY_MS) - 1;
  return {
    campaign,
    total: services.length,
    atTarget,
    progress: services.length === 0 ? 1 : atTarget / services.length,
    daysLeft,
    overdue: now.getTime() >= deadlineEnd && atTarget < services.length,
    services,
  };
}
