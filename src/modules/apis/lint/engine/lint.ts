import type { JsonPath, ParsedDocument, PathSegment, Range, SpecFormat } from '../../document/index.js';
import { isRecord, valueAt } from '../../document/index.js';
import { createDocumentIndex } from './document-index.js';
import { parseJsonPath, type Step } from './jsonpath/path.js';
import { queryValue } from './jsonpath/query.js';
import { fieldToPath } from './lodash-path.js';
import { renderMessage } from './message.js';
import { printDotPath, printPointer } from './print.js';
import type { AliasDefinition, CompiledRule, CompiledThen, Ruleset } from './ruleset.js';
import type { EffectiveSeverity } from './severity.js';
import { traverse } from './traverse.js';
import type { DocumentIndex, LintFinding, RuleFunctionContext, RuleFunctionResult, Severity } from './types.js';

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A rule `then` subscribed to a JSONPath. */
interface Subscriber {
  readonly rule: CompiledRule;
  readonly then: CompiledThen;
  /** What the function's context says about the rule (one object per rule, not per call). */
  readonly info: RuleFunctionContext['rule'];
}

/** The context helpers for values of one source file (made once per file, not per call). */
interface SourceHelpers {
  readonly resolve: (candidate: unknown) => unknown;
  readonly dereference: (candidate: unknown) => unknown;
}

function sourceHelpers(document: ParsedDocument, cache: Map<string, SourceHelpers>, source: string): SourceHelpers {
  let helpers = cache.get(source);
  if (helpers === undefined) {
    helpers = {
      resolve: (candidate) => {
        if (isRecord(candidate) && typeof candidate['$ref'] === 'string') {
          const resolution = document.resolveRef(candidate['$ref'], source);
          return resolution.ok ? resolution.target.value : candidate;
        }
        return candidate;
      },
      dereference: (candidate) => document.dereference(candidate, source),
    };
    cache.set(source, helpers);
  }
  return helpers;
}

/** Expands `#Alias` prefixes (recursively) for the document's formats. */
export function expandGiven(given: string, aliases: ReadonlyMap<string, AliasDefinition>, formats: ReadonlySet<SpecFormat>, depth = 0): string[] {
  if (!given.startsWith('#')) return [given];
  if (depth > 20) throw new Error(`alias "${given}" expands too deeply (circular aliases?)`);
  const match = /^#([A-Za-z0-9_-]+)/.exec(given);
  const name = match?.[1];
  const alias = name === undefined ? undefined : aliases.get(name);
  if (name === undefined || alias === undefined) throw new Error(`unknown alias "${given}"`);
  const rest = given.slice(name.length + 1);
  const targets =
    alias.kind === 'plain'
      ? alias.given
      : alias.targets.filter((target) => target.formats.some((format) => formats.has(format))).flatMap((target) => target.given);
  return targets.flatMap((target) => expandGiven(target + rest, aliases, formats, depth + 1));
}

const pathCache = new Map<string, Step[]>();
function compilePath(given: string): Step[] {
  let steps = pathCache.get(given);
  if (steps === undefined) {
    steps = parseJsonPath(given);
    pathCache.set(given, steps);
  }
  return steps;
}

/** Whether a rule runs on a document with these formats (Spectral: no formats = always). */
function appliesTo(rule: CompiledRule, formats: ReadonlySet<SpecFormat>): boolean {
  if (rule.formats === undefined) return true;
  for (const format of rule.formats) if (formats.has(format)) return true;
  return false;
}

function severityFor(ruleset: Ruleset, rule: CompiledRule, source: string, path: JsonPath): EffectiveSeverity {
  let severity = rule.severity;
  for (const override of ruleset.overrides) {
    const overridden = override.severities.get(rule.id);
    if (overridden === undefined) continue;
    const applies = override.files.some(
      (file) => file.matches(source) && (file.pointer === undefined || file.pointer.every((segment, i) => String(path[i]) === String(segment))),
    );
    if (applies) severity = overridden;
  }
  return severity;
}


/**
 * Lints a parsed document with a ruleset. Pure: no I/O beyond the document's own lazy file
 * reads for `$ref`s. Returns Spectral-shaped findings, deduplicated and sorted like Spectral.
 */
export function lintDocument(document: ParsedDocument, ruleset: Ruleset): LintFinding[] {
  const findings: LintFinding[] = [];
  const fingerprints = new Set<string>();
  const push = (finding: LintFinding): void => {
    const id = `${finding.code}${finding.path.length > 0 ? JSON.stringify(finding.path) : JSON.stringify(finding.range)}${finding.source}${finding.message}`;
    if (fingerprints.has(id)) return;
    fingerprints.add(id);
    findings.push(finding);
  };

  for (const diagnostic of document.diagnostics) {
    push({
      code: diagnostic.code,
      message: diagnostic.message,
      path: [...diagnostic.path],
      severity: diagnostic.severity === 'error' ? 0 : 1,
      range: diagnostic.range,
      source: diagnostic.source,
    });
  }
  if (document.data === undefined) return sortFindings(findings);

  const formats = document.formats;
  if (formats.size === 0) {
    push({
      code: 'unrecognized-format',
      message: 'The provided document does not match any of the registered formats [OpenAPI 2.0 (Swagger), OpenAPI 3.x]',
      path: [],
      severity: 1,
      range: ZERO,
      source: document.source,
    });
  }

  const index = createDocumentIndex(document);
  // One list of paths for resolved and unresolved rules: a path is shared by the rules of
  // one kind with the same `given`; one walk serves both kinds (see traverse).
  const paths: Step[][] = [];
  const resolvedPaths: boolean[] = [];
  const subscribers: Subscriber[][] = [];
  const byGiven = new Map<string, number>();
  const addPath = (given: string, resolved: boolean): number => {
    const key = `${resolved ? 'r' : 'u'}${given}`;
    let pathIndex = byGiven.get(key);
    if (pathIndex === undefined) {
      pathIndex = paths.length;
      byGiven.set(key, pathIndex);
      paths.push(compilePath(given));
      resolvedPaths.push(resolved);
      subscribers.push([]);
    }
    return pathIndex;
  };
  for (const rule of ruleset.rules.values()) {
    if (rule.severity === -1 && !ruleset.overrides.some((override) => override.severities.has(rule.id))) continue;
    if (!appliesTo(rule, formats)) continue;
    const info = { id: rule.id, resolved: rule.resolved, description: rule.description };
    const givens = new Set(rule.given.flatMap((given) => expandGiven(given, ruleset.aliases, formats)));
    for (const given of givens) {
      const pathIndex = addPath(given, rule.resolved);
      for (const then of rule.thens) subscribers[pathIndex]?.push({ rule, then, info });
    }
  }
  // Broken `$ref`s are findings (Spectral's `invalid-ref`), found with an unresolved path of
  // their own (not shared with a rule's identical `given`).
  const refPathIndex = paths.length;
  paths.push(compilePath('$..$ref'));
  resolvedPaths.push(false);
  subscribers.push([]);

  const helpers = new Map<string, SourceHelpers>();
  traverse(document, paths, resolvedPaths, (pathIndex, value, path, source) => {
    if (pathIndex === refPathIndex) {
      if (typeof value === 'string') reportBrokenRef(document, value, path, source, push);
      return;
    }
    // An index loop: this runs for every match (tens of thousands), and an iterator is garbage.
    const subscribed = subscribers[pathIndex];
    if (subscribed === undefined) return;
    const helpersOfSource = sourceHelpers(document, helpers, source);
    for (let i = 0; i < subscribed.length; i++) {
      const subscriber = subscribed[i];
      if (subscriber !== undefined) runThen(document, ruleset, index, helpersOfSource, subscriber, value, path, source, push);
    }
  });
  return sortFindings(findings);
}

function reportBrokenRef(document: ParsedDocument, ref: string, path: readonly PathSegment[], source: string, push: (finding: LintFinding) => void): void {
  const resolution = document.resolveRef(ref, source);
  if (resolution.ok) return;
  const range = document.file(source)?.rangeOf(path, true) ?? ZERO;
  push({
    code: resolution.code === 'remote-ref' ? 'remote-ref' : 'invalid-ref',
    message: resolution.message,
    path: [...path],
    severity: resolution.code === 'remote-ref' ? 1 : 0,
    range,
    source,
  });
}

/** Follows a result path from the root of `source` through `$ref`s to the node's real location. */
function realize(
  document: ParsedDocument,
  source: string,
  path: readonly PathSegment[],
  resolved: boolean,
): { source: string; path: PathSegment[]; missing: PathSegment[] | undefined } {
  let node = document.file(source)?.data;
  let real: PathSegment[] = [];
  let currentSource = source;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] ?? '';
    if (resolved && isRecord(node) && typeof node['$ref'] === 'string') {
      const resolution = document.resolveRef(node['$ref'], currentSource);
      if (resolution.ok) {
        node = resolution.target.value;
        real = [...resolution.target.path];
        currentSource = resolution.target.source;
      }
    }
    const next = valueAt(node, [segment]);
    if (next === undefined) {
      return { source: currentSource, path: real, missing: [...real, ...path.slice(i)] };
    }
    real.push(Array.isArray(node) ? Number(segment) : String(segment));
    node = next;
  }
  return { source: currentSource, path: real, missing: undefined };
}

/** `field`s as paths (parsed once; never modified). */
const fieldPaths = new Map<string, PathSegment[]>();

/** Where `field` leads from a matched value: one target without `field`, several for `@key` or a JSONPath. */
function lintTargets(value: unknown, field: string): { path: PathSegment[]; value: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ path: [], value }];
  if (field === '@key') {
    const keys = Array.isArray(value) ? value.map((_item: unknown, i) => String(i)) : Object.keys(value);
    return keys.length === 0 ? [{ path: [], value: undefined }] : keys.map((key) => ({ path: [key], value: key }));
  }
  if (field.startsWith('$')) {
    const matches = queryValue(value, compilePath(field));
    return matches.length === 0 ? [{ path: [], value: undefined }] : matches;
  }
  let path = fieldPaths.get(field);
  if (path === undefined) {
    path = fieldToPath(field);
    fieldPaths.set(field, path);
  }
  return [{ path, value: valueAt(value, path) }];
}

function runThen(
  document: ParsedDocument,
  ruleset: Ruleset,
  index: DocumentIndex,
  helpers: SourceHelpers,
  subscriber: Subscriber,
  value: unknown,
  path: readonly PathSegment[],
  source: string,
  push: (finding: LintFinding) => void,
): void {
  // Most thens have no `field`: one target, the matched value (no target list built). The
  // path is the traversal's array, valid during this call only: functions never modify their
  // path, and a result's path is copied by `realize` before a finding keeps it.
  if (subscriber.then.field === undefined) {
    runTarget(document, ruleset, index, helpers, subscriber, value, path, source, push);
    return;
  }
  for (const target of lintTargets(value, subscriber.then.field)) {
    const targetPath = target.path.length > 0 ? [...path, ...target.path] : [...path];
    runTarget(document, ruleset, index, helpers, subscriber, target.value, targetPath, source, push);
  }
}

function runTarget(
  document: ParsedDocument,
  ruleset: Ruleset,
  index: DocumentIndex,
  helpers: SourceHelpers,
  { rule, then, info }: Subscriber,
  value: unknown,
  targetPath: readonly PathSegment[],
  source: string,
  push: (finding: LintFinding) => void,
): void {
  let input = value;
  if (rule.resolved && isRecord(input) && typeof input['$ref'] === 'string') {
    const resolution = document.resolveRef(input['$ref'], source);
    if (resolution.ok) input = resolution.target.value;
  }
  if (then.wantsDereferenced && rule.resolved) input = document.dereference(input, source);
  if (then.accepts !== undefined && !then.accepts(input)) return;
  const context: RuleFunctionContext = {
    path: targetPath,
    document,
    documentData: document.data,
    rule: info,
    index,
    source,
    resolve: helpers.resolve,
    dereference: helpers.dereference,
  };
  let results: readonly RuleFunctionResult[] | undefined;
  try {
    results = then.fn(input, then.options, context);
  } catch (error) {
    // Functions must not throw; if one does, report it instead of aborting the whole run.
    const message = error instanceof Error ? error.message : String(error);
    results = [{ message: `Function "${then.functionName}" threw an exception: ${message}` }];
  }
  if (results === undefined) return;
  for (const result of results) emit(document, ruleset, rule, result, targetPath, source, push);
}

function emit(
  document: ParsedDocument,
  ruleset: Ruleset,
  rule: CompiledRule,
  result: RuleFunctionResult,
  targetPath: readonly PathSegment[],
  source: string,
  push: (finding: LintFinding) => void,
): void {
  const where = realize(document, source, result.path ?? targetPath, rule.resolved);
  const severity = severityFor(ruleset, rule, where.source, where.path);
  if (severity === -1) return;
  const file = document.file(where.source);
  const range = file?.rangeOf(where.path, true) ?? ZERO;
  const property =
    where.missing !== undefined && where.missing.length > where.path.length
      ? printDotPath(where.missing.slice(Math.max(0, where.path.length - 1)))
      : (where.path.at(-1) ?? '');
  const vars = {
    property,
    error: result.message,
    path: printPointer(where.path),
    description: rule.description,
    value: where.path.length === 0 ? file?.data : valueAt(file?.data, where.path),
  };
  const resultMessage = renderMessage(result.message, vars);
  const message = rule.message === undefined ? (rule.description ?? resultMessage) : renderMessage(rule.message, { ...vars, error: resultMessage });
  push({ code: rule.id, message: message.trim(), path: where.path, severity: severity satisfies Severity, range, source: where.source });
}

let numericCollator: Intl.Collator | undefined;
let plainCollator: Intl.Collator | undefined;

const SIMPLE_CODE = /^[a-z-]*(?:[1-9]\d*[a-z-]*)*$/;

/**
 * `localeCompare(b, undefined, { numeric: true })` without ICU for the usual rule ids
 * (lowercase letters, `-` and digit runs without leading zeros), where it is: `-` before
 * digits before letters, digit runs by value. ICU costs tens of ms to start.
 */
function compareCodes(a: string, b: string): number {
  if (!SIMPLE_CODE.test(a) || !SIMPLE_CODE.test(b)) return (numericCollator ??= new Intl.Collator(undefined, { numeric: true })).compare(a, b);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const xDigit = x >= 48 && x <= 57;
    const yDigit = y >= 48 && y <= 57;
    if (xDigit && yDigit) {
      let iEnd = i;
      while (iEnd < a.length && a.charCodeAt(iEnd) >= 48 && a.charCodeAt(iEnd) <= 57) iEnd++;
      let jEnd = j;
      while (jEnd < b.length && b.charCodeAt(jEnd) >= 48 && b.charCodeAt(jEnd) <= 57) jEnd++;
      const difference = iEnd - i - (jEnd - j) || (a.slice(i, iEnd) < b.slice(j, jEnd) ? -1 : a.slice(i, iEnd) > b.slice(j, jEnd) ? 1 : 0);
      if (difference !== 0) return difference < 0 ? -1 : 1;
      i = iEnd;
      j = jEnd;
      continue;
    }
    if (x !== y) return x < y ? -1 : 1;
    i++;
    j++;
  }
  return a.length - i - (b.length - j) < 0 ? -1 : a.length - i === b.length - j ? 0 : 1;
}

/** Spectral's order: source, then range start, then code, then path. */
export function sortFindings(findings: LintFinding[]): LintFinding[] {
  // ICU collators are created only when strings need them (slow to start; one each).
  const plain = (): Intl.Collator => (plainCollator ??= new Intl.Collator());
  const rank = codeRanks(findings);
  return findings.sort(
    (a, b) =>
      (a.source === b.source ? 0 : plain().compare(a.source, b.source)) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0) ||
      plain().compare(a.path.join('\u0000'), b.path.join('\u0000')),
  );
}

/**
 * Each code's place in `compareCodes` order (codes it finds equal share one): a few dozen
 * codes are compared once, not thousands of findings' codes every time the sort asks.
 */
function codeRanks(findings: readonly LintFinding[]): Map<string, number> {
  const codes = [...new Set(findings.map((finding) => finding.code))].sort(compareCodes);
  const rank = new Map<string, number>();
  let place = 0;
  codes.forEach((code, i) => {
    const previous = codes[i - 1];
    if (previous !== undefined && compareCodes(previous, code) !== 0) place++;
    rank.set(code, place);
  });
  return rank;
}
