import { levelRank, type Change, type DiffResult, type Location, type OperationRef } from './change.js';
import { renderMessage, type Check, type CheckOfKind, type Finding, type Pair, type SchemaScope } from './check.js';
import { allChecks } from './registry.js';
import { componentChangesOf, type ComponentChanges } from './component-changes.js';
import { buildDocumentView, InvalidDocumentError, type DocumentView, type MediaTypeView, type OperationView, type ParameterView } from './document-view.js';
import { deepEqual, refsOf } from './json.js';
import { SchemaComparer, type SchemaFinding } from './schema-compare.js';
import type { DiffSource } from './source.js';
import { summarise } from './summary.js';

export interface DiffOptions {
  /** When sunset dates are judged; defaults to the current time. */
  readonly now?: Date;
  /** The checks to run; defaults to all registered checks. */
  readonly checks?: readonly Check[];
}

type ChecksByKind = { readonly [K in Check['kind']]: readonly CheckOfKind<K>[] };

function groupChecks(checks: readonly Check[]): ChecksByKind {
  const pick = <K extends Check['kind']>(kind: K): CheckOfKind<K>[] =>
    checks.filter((c): c is CheckOfKind<K> => c.kind === kind);
  return {
    document: pick('document'),
    endpoint: pick('endpoint'),
    operation: pick('operation'),
    parameter: pick('parameter'),
    'request-body': pick('request-body'),
    response: pick('response'),
    'response-header': pick('response-header'),
    schema: pick('schema'),
  };
}

/**
 * Compares two versions of an OpenAPI document and returns every change the checks find,
 * each attributed to the operation it affects. Pure: no I/O; throws InvalidDocumentError
 * only for input that is not a comparable pair of OpenAPI documents.
 */
export function diffDocuments(base: DiffSource, head: DiffSource, options: DiffOptions = {}): DiffResult {
  const baseView = buildDocumentView(base);
  const headView = buildDocumentView(head);
  if ((baseView.version === '2.0') !== (headView.version === '2.0')) {
    throw new InvalidDocumentError(`cannot compare OpenAPI ${baseView.version} with ${headView.version} (different major versions)`);
  }
  const run = new DiffRun(base, head, baseView, headView, groupChecks(options.checks ?? allChecks), options.now ?? new Date());
  const changes = run.all();
  return { changes, summary: summarise(changes) };
}

interface Context {
  readonly operation: OperationRef | undefined;
  readonly subject: string;
  readonly base: string | undefined;
  readonly head: string | undefined;
  readonly vars?: Readonly<Record<string, string | number>>;
}

class DiffRun {
  private readonly changes: Change[] = [];
  private readonly seen = new Set<string>();
  /** Per operation, a change inside a shared component seen at several places: its index and count. */
  private readonly folded = new Map<string, { index: number; count: number }>();
  private readonly comparer: SchemaComparer;
  private readonly components: ComponentChanges;

  constructor(
    private readonly baseSource: DiffSource,
    private readonly headSource: DiffSource,
    private readonly base: DocumentView,
    private readonly head: DocumentView,
    private readonly checks: ChecksByKind,
    private readonly now: Date,
  ) {
    this.components = componentChangesOf(base, head);
    this.comparer = new SchemaComparer(base, head, this.components, checks.schema);
  }

  all(): Change[] {
    for (const check of this.checks.document) {
      for (const finding of check.check(this.base, this.head)) {
        this.emit(check, finding, { operation: undefined, subject: 'the document', base: undefined, head: undefined });
      }
    }
    const sameContext = ['security', 'consumes', 'produces'].every((key) => deepEqual(this.base.data[key], this.head.data[key]));
    const keys = [...new Set([...this.base.operations.keys(), ...this.head.operations.keys()])];
    for (const key of keys) {
      const b = this.base.operations.get(key);
      const h = this.head.operations.get(key);
      // Fast path: the same text, the same path template, the same document-wide defaults
      // and only unchanged components referenced means there is nothing to find.
      const sameText = b !== undefined && h !== undefined && sameContext && b.path === h.path && deepEqual(b.raw, h.raw) && deepEqual(b.pathParameters, h.pathParameters);
      if (sameText && this.components.allUnchanged(refsOf(h.raw)) && this.components.allUnchanged(refsOf(h.pathParameters))) continue;
      this.endpoint(b?.view(), h?.view(), sameText);
    }
    for (const { index, count } of this.folded.values()) {
      const change = this.changes[index];
      if (change && count > 1) this.changes[index] = { ...change, occurrences: count };
    }
    return this.changes.sort(compareChanges);
  }

  /** `sameText`: both operations have the same text, path item parameters and document defaults. */
  private endpoint(b: OperationView | undefined, h: OperationView | undefined, sameText: boolean): void {
    const either = h ?? b;
    if (!either) return;
    const operation: OperationRef = { method: either.method, path: either.path };
    const context: Context = { operation, subject: 'the endpoint', base: b?.pointer, head: h?.pointer ?? this.head.paths.get(either.matchKey.slice(either.method.length + 1)) };
    const pathRemoved = b !== undefined && !this.head.paths.has(b.matchKey.slice(b.method.length + 1));
    for (const check of this.checks.endpoint) {
      for (const finding of check.check({ base: b, head: h, pathRemoved, now: this.now })) this.emit(check, finding, context);
    }
    if (!b || !h) return;
    for (const check of this.checks.operation) {
      for (const finding of check.check(b, h)) this.emit(check, finding, context);
    }
    // With the same text, a part whose refs all reach unchanged components cannot differ:
    // skip it without building its views (only the parts reaching the edit are compared).
    const unchanged = (value: unknown): boolean => sameText && this.components.allUnchanged(refsOf(value));
    const parametersSame = unchanged(h.raw.parameters) && unchanged(this.head.operations.get(h.matchKey)?.pathParameters);
    if (!parametersSame) this.parameters(operation, b, h);
    // 2.0 bodies are parameters (and `consumes`, equal with the text); 3.x has `requestBody`.
    if (!(this.head.version === '2.0' ? parametersSame : unchanged(h.raw.requestBody))) this.requestBody(operation, b, h);
    if (!unchanged(h.raw.responses)) this.responses(operation, b, h);
  }

  private parameters(operation: OperationRef, b: OperationView, h: OperationView): void {
    const pairs: Pair<ParameterView>[] = [];
    const removed = [...b.parameters.values()].filter((p) => !h.parameters.has(p.key));
    const added = [...h.parameters.values()].filter((p) => !b.parameters.has(p.key));
    for (const param of b.parameters.values()) {
      const other = h.parameters.get(param.key);
      if (other) pairs.push({ base: param, head: other });
    }
    // A parameter that vanished from one location and appeared in another moved.
    for (const param of removed) {
      const movedIndex = added.findIndex((a) => a.name.toLowerCase() === param.name.toLowerCase());
      const moved = added[movedIndex];
      if (moved) {
        added.splice(movedIndex, 1);
        pairs.push({ base: param, head: moved });
      } else pairs.push({ base: param, head: undefined });
    }
    for (const param of added) pairs.push({ base: undefined, head: param });
    for (const pair of pairs) {
      const either = pair.head ?? pair.base;
      if (!either) continue;
      // The same parameter text with only unchanged components referenced: nothing to find.
      if (pair.base && pair.head && pair.base.key === pair.head.key && this.same(pair.base.raw, pair.head.raw)) continue;
      const subject = `the ${either.in} parameter \`${either.name}\``;
      const context: Context = { operation, subject, base: pair.base?.pointer ?? b.pointer, head: pair.head?.pointer ?? h.pointer };
      for (const check of this.checks.parameter) {
        for (const finding of check.check(pair)) this.emit(check, finding, context);
      }
      if (pair.base?.schema && pair.head?.schema) {
        this.schemaFindings(operation, this.comparer.compare(pair.base.schema, pair.head.schema, 'parameter'), (path) =>
          path === '' ? subject : `the property \`${path}\` of ${subject}`,
        );
      }
    }
  }

  private requestBody(operation: OperationRef, b: OperationView, h: OperationView): void {
    const pair = { base: b.requestBody, head: h.requestBody };
    const context: Context = { operation, subject: 'the request body', base: pair.base?.pointer ?? b.pointer, head: pair.head?.pointer ?? h.pointer };
    for (const check of this.checks['request-body']) {
      for (const finding of check.check(pair)) this.emit(check, finding, context);
    }
    if (pair.base && pair.head) {
      this.media(operation, pair.base.content, pair.head.content, 'request-body', (path) =>
        path === '' ? 'the request body' : `the request property \`${path}\``,
      );
    }
  }

  private responses(operation: OperationRef, b: OperationView, h: OperationView): void {
    const statuses = new Set([...b.responses.keys(), ...h.responses.keys()]);
    for (const key of statuses) {
      const pair = { base: b.responses.get(key), head: h.responses.get(key) };
      const status = pair.head?.status ?? pair.base?.status ?? key;
      const context: Context = {
        operation,
        subject: `the ${status} response`,
        base: pair.base?.pointer ?? b.pointer,
        head: pair.head?.pointer ?? h.pointer,
        vars: { status },
      };
      for (const check of this.checks.response) {
        for (const finding of check.check(pair)) this.emit(check, finding, context);
      }
      if (!pair.base || !pair.head) continue;
      this.media(operation, pair.base.content, pair.head.content, 'response-body', (path) =>
        path === '' ? `the response body for status ${status}` : `the response property \`${path}\` for status ${status}`,
      );
      const names = new Set([...pair.base.headers.keys(), ...pair.head.headers.keys()]);
      for (const name of names) {
        const headerPair = { base: pair.base.headers.get(name), head: pair.head.headers.get(name) };
        const either = headerPair.head ?? headerPair.base;
        if (!either) continue;
        const subject = `the response header \`${either.name}\` for status ${status}`;
        const headerContext: Context = { operation, subject, base: headerPair.base?.pointer ?? pair.base.pointer, head: headerPair.head?.pointer ?? pair.head.pointer, vars: { status } };
        for (const check of this.checks['response-header']) {
          for (const finding of check.check(headerPair)) this.emit(check, finding, headerContext);
        }
        if (headerPair.base?.schema && headerPair.head?.schema) {
          this.schemaFindings(operation, this.comparer.compare(headerPair.base.schema, headerPair.head.schema, 'response-header'), (path) =>
            path === '' ? subject : `the property \`${path}\` of ${subject}`,
          );
        }
      }
    }
  }

  private media(
    operation: OperationRef,
    base: ReadonlyMap<string, MediaTypeView>,
    head: ReadonlyMap<string, MediaTypeView>,
    scope: SchemaScope,
    subject: (path: string) => string,
  ): void {
    // Media types sharing a schema (every 2.0 `produces` entry, 3.x types with the same
    // `$ref`) give the very same memoised findings and messages: report them once.
    let done: Set<readonly SchemaFinding[]> | undefined;
    for (const [name, media] of base) {
      const other = head.get(name);
      if (!media.schema || !other?.schema) continue;
      const findings = this.comparer.compare(media.schema, other.schema, scope);
      if (findings.length === 0) continue;
      done ??= new Set();
      if (done.has(findings)) continue;
      done.add(findings);
      this.schemaFindings(operation, findings, subject);
    }
  }

  /** Structurally equal and every component they reference unchanged (transitively). */
  private same(base: unknown, head: unknown): boolean {
    return deepEqual(base, head) && this.components.allUnchanged(refsOf(head));
  }

  private schemaFindings(operation: OperationRef, findings: readonly SchemaFinding[], subject: (path: string) => string): void {
    for (const found of findings) {
      this.emit(found.check, found.finding, { operation, subject: subject(found.path.join('/')), base: found.base, head: found.head }, true);
    }
  }

  private emit(check: Check, finding: Finding, context: Context, resolved = false): void {
    const vars = { ...context.vars, ...finding.args, subject: context.subject };
    const message = capitalise(renderMessage(check.meta.message, vars));
    const basePointer = resolved ? context.base : (finding.base ?? context.base);
    const headPointer = resolved ? context.head : (finding.head ?? context.head);
    const operation = context.operation;
    const operationKey = operation ? `${operation.method} ${operation.path}` : '';
    const key = `${operationKey}\u0000${check.meta.id}\u0000${message}\u0000${basePointer ?? ''}\u0000${headPointer ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const component = componentOf(headPointer) ?? componentOf(basePointer);
    // One edit in a shared component reaches an operation at many places (every response
    // status, every property holding the component): report it once per operation.
    if (resolved && component !== undefined && operation) {
      const foldKey = `${operationKey}\u0000${check.meta.id}\u0000${basePointer ?? ''}\u0000${headPointer ?? ''}`;
      const fold = this.folded.get(foldKey);
      if (fold) {
        fold.count++;
        return;
      }
      this.folded.set(foldKey, { index: this.changes.length, count: 1 });
    }
    this.changes.push({
      id: check.meta.id,
      level: check.meta.level,
      message,
      ...(operation ? { operation } : {}),
      ...(basePointer !== undefined ? { base: location(this.baseSource, basePointer) } : {}),
      ...(headPointer !== undefined ? { head: location(this.headSource, headPointer) } : {}),
      ...(component !== undefined && operation ? { component } : {}),
    });
  }
}

const lineCaches = new WeakMap<DiffSource, Map<string, number | undefined>>();

function location(source: DiffSource, pointer: string): Location {
  let cache = lineCaches.get(source);
  if (!cache) lineCaches.set(source, (cache = new Map<string, number | undefined>()));
  let line: number | undefined;
  if (cache.has(pointer)) line = cache.get(pointer);
  else {
    line = source.lineOf(pointer);
    cache.set(pointer, line);
  }
  return line === undefined ? { pointer } : { pointer, line };
}

const COMPONENT_ROOTS: Readonly<Record<string, number>> = { components: 3, definitions: 2, parameters: 2, responses: 2 };

const componentCache = new Map<string, string | undefined>();

/** `#/components/schemas/Pet/properties/id` -> `#/components/schemas/Pet`. */
export function componentOf(pointer: string | undefined): string | undefined {
  if (pointer === undefined) return undefined;
  // Emitting asks again for the same few pointers (one per finding per operation).
  if (componentCache.has(pointer)) return componentCache.get(pointer);
  if (componentCache.size > 10_000) componentCache.clear();
  const component = componentOfUncached(pointer);
  componentCache.set(pointer, component);
  return component;
}

function componentOfUncached(pointer: string): string | undefined {
  const tokens = pointer.slice(1).split('/').slice(1);
  const depth = COMPONENT_ROOTS[tokens[0] ?? ''];
  if (depth === undefined || tokens.length < depth) return undefined;
  return `#/${tokens.slice(0, depth).join('/')}`;
}

function capitalise(text: string): string {
  return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

const METHOD_ORDER = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

function compareChanges(a: Change, b: Change): number {
  const pathA = a.operation?.path ?? '';
  const pathB = b.operation?.path ?? '';
  if (pathA !== pathB) return pathA < pathB ? -1 : 1;
  const methodA = METHOD_ORDER.indexOf(a.operation?.method ?? '');
  const methodB = METHOD_ORDER.indexOf(b.operation?.method ?? '');
  if (methodA !== methodB) return methodA - methodB;
  const rank = levelRank(b.level) - levelRank(a.level);
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

