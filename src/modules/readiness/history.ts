/**
 * Evaluation history, pure parts: when a result must be stored (it changed since the
 * latest stored result of the day, or nothing was stored today: the daily snapshot), and
 * the daily trend of a team or scorecard drawn from stored evaluations.
 */
import type { ScorecardResult } from './readiness.js';
import { NO_LEVEL } from './report.js';

export interface StoredEvaluation {
  readonly service: string;
  readonly scorecard: string;
  readonly level: string | null;
  readonly score: number;
  readonly digest: string;
  /** ISO-8601 UTC. */
  readonly evaluatedAt: string;
}

export function failingChecks(result: ScorecardResult): string[] {
  return result.checks.filter((check) => !check.passed).map((check) => check.check).sort();
}

/** Equal digests mean the same level and the same failing checks. */
export function digestOf(result: ScorecardResult): string {
  return `${result.level ?? ''}|${failingChecks(result).join(',')}`;
}

export function startOfDay(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
}

/** Why a result must be stored, or null when the latest stored one of today says the same. */
export function recordReason(latestToday: string | undefined, digest: string): 'daily' | 'change' | null {
  if (latestToday === undefined) return 'daily';
  return latestToday === digest ? null : 'change';
}

export interface TrendPoint {
  /** YYYY-MM-DD. */
  readonly day: string;
  /** Services with a known evaluation on or before that day. */
  readonly services: number;
  readonly levels: Readonly<Record<string, number>>;
  readonly averageScore: number | null;
}

const DAY_MS = 86_400_000;

/**
 * One point per day from `from` to `to` (inclusive): each service counts with its latest
 * evaluation on or before that day (an evaluation stands until the next one).
 */
export function dailyTrend(evaluations: StoredEvaluation[], levels: string[], from: Date, to: Date): TrendPoint[] {
  const sorted = [...evaluations].sort((a, b) => a.evaluatedAt.localeCompare(b.evaluatedAt));
  const current = new Map<string, StoredEvaluation>();
  const points: TrendPoint[] = [];
  let index = 0;
  for (let time = Date.parse(startOfDay(from)); time <= to.getTime(); time += DAY_MS) {
    const day = new Date(time).toISOString().slice(0, 10);
    const end = `${day}T23:59:59.999Z`;
    while (index < sorted.length && (sorted[index]?.evaluatedAt ?? '') <= end) {
      const evaluation = sorted[index];
      if (evaluation) current.set(evaluation.service, evaluation);
      index += 1;
    }
    const counts: Record<string, number> = { [NO_LEVEL]: 0 };
    for (const level of levels) counts[level] = 0;
    let total = 0;
    for (const evaluation of current.values()) {
      const key = evaluation.level ?? NO_LEVEL;
      counts[key] = (counts[key] ?? 0) + 1;
      total += evaluation.score;
    }
    points.push({ day, services: current.size, levels: counts, averageScore: current.size === 0 ? null : total / current.size });
  }
  return points;
}
