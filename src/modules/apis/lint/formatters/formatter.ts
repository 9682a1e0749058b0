import type { LintFinding } from '../engine/types.js';

/** What a formatter may know about the rules that produced the findings. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string | undefined;
  readonly documentationUrl: string | undefined;
  /** Default severity of the rule (0 error .. 3 hint). */
  readonly severity: number;
}

export interface FormatContext {
  readonly rules: ReadonlyMap<string, RuleInfo>;
  /** Directory paths are shown relative to (SARIF artifact URIs, GitHub annotations). */
  readonly cwd: string;
  /** Use ANSI colours (stylish on a TTY only). */
  readonly color: boolean;
}

/** Pure: findings in, text out. */
export type Formatter = (findings: readonly LintFinding[], context: FormatContext) => string;
