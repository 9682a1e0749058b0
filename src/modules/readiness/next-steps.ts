/**
 * "What to fix next": the failing checks that keep a service from its next level, lowest
 * level first, then the rest. Pure.
 */
import type { CheckResult, ScorecardResult } from './readiness.js';

export interface NextStep {
  readonly check: string;
  readonly title: string;
  readonly level: string;
  readonly reason: string;
  /** Why it matters. */
  readonly why: string;
  readonly hint: string | null;
  readonly link: string | null;
  /** True when fixing it is needed for the next level. */
  readonly blocksNextLevel: boolean;
}

export function nextSteps(result: ScorecardResult, levels: string[], descriptions: ReadonlyMap<string, string>): NextStep[] {
  const levelIndex = new Map(levels.map((level, index) => [level, index]));
  const next = result.nextLevel === null ? undefined : levelIndex.get(result.nextLevel);
  const failing = result.checks.filter((check): check is CheckResult & { reason: string } => !check.passed && check.reason !== null);
  const rank = (check: CheckResult): number => levelIndex.get(check.level) ?? levels.length;
  return [...failing]
    .sort((a, b) => rank(a) - rank(b))
    .map((check) => ({
      check: check.check,
      title: check.title,
      level: check.level,
      reason: check.reason,
      why: descriptions.get(check.check) ?? '',
      hint: check.fix?.hint ?? null,
      link: check.fix?.link ?? null,
      blocksNextLevel: next !== undefined && rank(check) <= next,
    }));
}
