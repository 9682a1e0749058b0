/**
 * The API registry's domain logic, pure (no I/O): the operations of a version with their
 * deprecation state carried from version to version, the release policy, and the
 * registry's changelog. The parsing, linting and diffing are the shared engines'
 * (`document/`, `lint/`, `diff/`); this file only decides what to keep and what to refuse.
 */
import type { Change } from './diff/change.js';
import { renderChangelog } from './diff/changelog.js';
import { normalisePath, type DocumentView, type OperationView } from './diff/document-view.js';
import { isObject } from './diff/json.js';
import { summarise } from './diff/summary.js';
import { sunsetTime } from './diff/sunset.js';

export const RULESETS = ['groundwork:guidelines', 'spectral:oas'] as const;
export type RulesetName = (typeof RULESETS)[number];

export interface ReleasePolicy {
  readonly requireMajorBumpForBreaking: boolean;
  /** Days a replaced operation must have been deprecated before a breaking change; 0 = no period. */
  readonly deprecationDays: number;
  readonly ruleset: RulesetName;
}

export const DEFAULT_POLICY: ReleasePolicy = { requireMajorBumpForBreaking: true, deprecationDays: 90, ruleset: 'groundwork:guidelines' };

export interface DeprecatedSince {
  readonly version: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

/** An operation of a stored version, as the deprecation timeline and the policy need it. */
export interface StoredOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | null;
  readonly deprecated: boolean;
  /** The sunset as written (`x-sunset`, or a documented `Sunset` header), or null. */
  readonly sunset: string | null;
  /** The first version of the current run of versions in which it was deprecated. */
  readonly deprecatedSince: DeprecatedSince | null;
}

export interface Violation extends Change {
  /** Why the policy refuses the change (several reasons joined with "; "). */
  readonly reason: string;
}

const DAY_MS = 86_400_000;

/** Method + path with parameter names erased: the same operation across versions. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${normalisePath(path)}`;
}

/** YYYY-MM-DD of a sunset (ISO date or HTTP date), or null when it is not a date. */
export function sunsetDay(sunset: string | null): string | null {
  const time = sunsetTime(sunset ?? undefined);
  return time === undefined ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * The operations of a version. An operation is deprecated when it says `deprecated: true`
 * or documents a `Deprecation` response header (RFC 9745); its `deprecatedSince` is carried
 * over from the previous version while it stays deprecated, else it starts with this one.
 */
export function operationsOf(view: DocumentView, previous: readonly StoredOperation[], version: string, day: string): StoredOperation[] {
  const before = new Map(previous.map((op) => [operationKey(op.method, op.path), op]));
  const out: StoredOperation[] = [];
  for (const handle of view.operations.values()) {
    const op = handle.view();
    let deprecated = op.deprecated;
    if (!deprecated) for (const response of op.responses.values()) if (response.headers.has('deprecation')) deprecated = true;
    const earlier = before.get(handle.matchKey);
    const since = deprecated ? (earlier?.deprecatedSince ?? { version, date: day }) : null;
    const sunset = op.sunset ?? documentedSunset(view, op) ?? null;
    out.push({ method: op.method, path: op.path, operationId: op.operationId ?? null, deprecated, sunset, deprecatedSince: since });
  }
  return out;
}

const DATE_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b|\b((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)\b/;

/**
 * A sunset documented on a `Sunset` response header (RFC 8594) beyond the schema example
 * the diff engine reads: the header's own `example`, its `examples`, or a date in its
 * description ("Sunset: 2027-03-01").
 */
function documentedSunset(view: DocumentView, op: OperationView): string | undefined {
  for (const response of op.responses.values()) {
    const header = response.headers.get('sunset');
    if (!header) continue;
    const node = view.resolver.target(header.pointer);
    const value = node ? view.resolver.resolve(node).value : undefined;
    if (!isObject(value)) continue;
    const candidates: unknown[] = [value.example];
    if (isObject(value.examples)) for (const example of Object.values(value.examples)) candidates.push(isObject(example) ? example.value : undefined);
    for (const candidate of candidates) if (typeof candidate === 'string' && sunsetTime(candidate) !== undefined) return candidate;
    if (typeof value.description === 'string') {
      const match = DATE_IN_TEXT.exec(value.description);
      const found = match?.[1] ?? match?.[2];
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The leading number of a version label (`v2.1.0` → 2), or undefined when there is none. */
export function majorOf(label: string): number | undefined {
  const match = /^v?(\d+)(?:[.\-+]|$)/i.exec(label.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** `2024-01-15` or `2024-01` (a date version, as Stripe's or Twilio's), normalised for comparison. */
function dateVersionOf(label: string): string | undefined {
  const match = /^v?(\d{4})-(\d{2})(?:-(\d{2}))?$/i.exec(label.trim());
  return match ? `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? '00'}` : undefined;
}

/**
 * Whether `next` is a new major version of `previous`: a larger leading number, or, between
 * date versions, any later date (each new date version is how such APIs ship breaking changes).
 */
export function isMajorBump(previous: string, next: string): boolean {
  const previousDate = dateVersionOf(previous);
  const nextDate = dateVersionOf(next);
  if (previousDate !== undefined && nextDate !== undefined) return nextDate > previousDate;
  const a = majorOf(previous);
  const b = majorOf(next);
  return a !== undefined && b !== undefined && b > a;
}

const BEFORE_SUNSET = new Set(['api-removed-before-sunset', 'api-path-removed-before-sunset']);
/** Removals of an operation: refused before the sunset the registry knows, even when the engine did not see one. */
const REMOVALS = new Set(['api-removed-without-deprecation', 'api-removed-with-deprecation', 'api-path-removed-without-deprecation']);
/** Removals the diff engine reports below `breaking` that still need the deprecation period. */
const DEPRECATED_REMOVAL = new Set(['api-removed-with-deprecation']);

export interface PolicyInput {
  readonly policy: ReleasePolicy;
  readonly previousVersion: string;
  readonly version: string;
  readonly changes: readonly Change[];
  /** The operations of the previous stored version. */
  readonly previousOperations: readonly StoredOperation[];
  readonly now: Date;
}

/**
 * The changes the release policy refuses, each with its reason:
 * - removing an operation before its announced sunset, always (even with a major bump);
 * - a breaking change without a major version bump (when the policy asks for one);
 * - a breaking change to, or the removal of, an operation that was not deprecated in a
 *   previous version for at least `deprecationDays`.
 */
export function policyViolations(input: PolicyInput): Violation[] {
  const { policy, changes, now } = input;
  const major = isMajorBump(input.previousVersion, input.version);
  const previous = new Map(input.previousOperations.map((op) => [operationKey(op.method, op.path), op]));
  const violations: Violation[] = [];
  for (const change of changes) {
    const breaking = change.level === 'breaking';
    if (!breaking && !DEPRECATED_REMOVAL.has(change.id)) continue;
    const reasons: string[] = [];
    const op = change.operation ? previous.get(operationKey(change.operation.method, change.operation.path)) : undefined;
    const sunset = sunsetDay(op?.sunset ?? null);
    if (BEFORE_SUNSET.has(change.id)) reasons.push(`removed before its sunset ${sunset ?? op?.sunset ?? 'date'}`);
    else if (REMOVALS.has(change.id) && sunset !== null && now.getTime() < Date.parse(`${sunset}T00:00:00Z`)) reasons.push(`removed before its sunset ${sunset}`);
    if (breaking && policy.requireMajorBumpForBreaking && !major) reasons.push('needs a major version bump');
    if (change.operation && policy.deprecationDays > 0) {
      const since = op?.deprecatedSince;
      const days = since ? Math.floor((now.getTime() - Date.parse(`${since.date}T00:00:00Z`)) / DAY_MS) : -1;
      if (days < policy.deprecationDays) {
        reasons.push(
          since
            ? `no deprecation period: operation was deprecated ${String(days)} days ago (in ${since.version}), not ${String(policy.deprecationDays)}`
            : `no deprecation period: operation was not deprecated for ${String(policy.deprecationDays)} days`,
        );
      }
    }
    if (reasons.length > 0) violations.push({ ...change, reason: reasons.join('; ') });
  }
  return violations;
}

export interface ChangelogEntry {
  readonly version: string;
  readonly previousVersion: string | null;
  readonly createdAt: string;
  readonly changes: readonly Change[];
}

/** The registry's Markdown changelog: one section per version, newest first, rendered by the diff module. */
export function registryChangelog(api: string, entries: readonly ChangelogEntry[]): string {
  const out: string[] = [`# Changelog: ${api}`, ''];
  if (entries.length === 0) out.push('No versions yet.', '');
  for (const entry of entries) {
    out.push(`## ${entry.version} (${entry.createdAt.slice(0, 10)})`, '');
    if (entry.previousVersion === null) {
      out.push('First version in the registry.', '');
      continue;
    }
    const rendered = renderChangelog({ changes: entry.changes, summary: summarise(entry.changes) }, { from: entry.previousVersion, to: entry.version });
    // Drop the renderer's own title and move its headings one level down.
    const lines = rendered.split('\n').slice(1);
    for (const line of lines) out.push(line.startsWith('#') ? `#${line}` : line);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Deprecation-timeline order: by sunset, those without one last, then API, path, method. */
export function compareDeprecations(
  a: { api: string; sunset: string | null; path: string; method: string },
  b: { api: string; sunset: string | null; path: string; method: string },
): number {
  if (a.sunset !== b.sunset) {
    if (a.sunset === null) return 1;
    if (b.sunset === null) return -1;
    return a.sunset < b.sunset ? -1 : 1;
  }
  const key = (d: typeof a) => `${d.api}\u0000${d.path}\u0000${d.method}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
