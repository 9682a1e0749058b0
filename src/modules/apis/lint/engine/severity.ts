import type { Severity, SeverityInput, SeverityName } from './types.js';

/** -1 = off. */
export type EffectiveSeverity = Severity | -1;

const BY_NAME: Record<SeverityName | 'off', EffectiveSeverity> = { error: 0, warn: 1, info: 2, hint: 3, off: -1 };
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warn', 'info', 'hint'];

/** Normalises a ruleset severity; `true` means "the rule's own", returned as `fallback`. */
export function toSeverity(input: SeverityInput | undefined, fallback: EffectiveSeverity): EffectiveSeverity {
  if (input === undefined || input === true) return fallback;
  if (input === false) return -1;
  if (typeof input === 'number') return input;
  return BY_NAME[input];
}

export function isSeverityInput(value: unknown): value is SeverityInput {
  return (
    typeof value === 'boolean' ||
    (typeof value === 'number' && [-1, 0, 1, 2, 3].includes(value)) ||
    (typeof value === 'string' && Object.hasOwn(BY_NAME, value))
  );
}

export function severityName(severity: Severity): SeverityName {
  return SEVERITY_NAMES[severity] ?? 'hint';
}
