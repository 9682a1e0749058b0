import type { Check, CheckMeta, Finding, SchemaScope } from './check.js';
import { canonical, show } from './json.js';
import type { Bound, SchemaView } from './schema-view.js';

/**
 * Building blocks shared by many checks: numeric bounds, type compatibility and enum
 * differences. Each check file stays a few lines that say what it reports and why.
 */

export type BoundKey = 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems';

/** How a bound moved between base and head. */
export type BoundMove = 'tightened' | 'loosened' | 'set' | 'unset';

const LOWER: ReadonlySet<BoundKey> = new Set(['minimum', 'minLength', 'minItems']);

function asBound(view: SchemaView, key: BoundKey): Bound | undefined {
  const value = view[key];
  if (value === undefined) return undefined;
  return typeof value === 'number' ? { value, exclusive: false } : value;
}

function showBound(bound: Bound): string {
  return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}

/** Whether `head` admits fewer values than `base` for this bound. */
function tighter(key: BoundKey, base: Bound, head: Bound): boolean {
  if (base.value === head.value) return head.exclusive && !base.exclusive;
  return LOWER.has(key) ? head.value > base.value : head.value < base.value;
}

export function boundMove(key: BoundKey, base: SchemaView, head: SchemaView): { move: BoundMove; from?: string; to?: string } | undefined {
  const b = asBound(base, key);
  const h = asBound(head, key);
  if (!b && h) return { move: 'set', to: showBound(h) };
  if (b && !h) return { move: 'unset', from: showBound(b) };
  if (!b || !h) return undefined;
  if (tighter(key, b, h)) return { move: 'tightened', from: showBound(b), to: showBound(h) };
  if (tighter(key, h, b)) return { move: 'loosened', from: showBound(b), to: showBound(h) };
  return undefined;
}

/** A schema check reporting one kind of movement of one bound. */
export function boundCheck(meta: CheckMeta, scopes: readonly SchemaScope[], key: BoundKey, move: BoundMove): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => {
      const found = boundMove(key, base, head);
      if (found?.move !== move) return [];
      return [{ args: { from: found.from ?? '', to: found.to ?? '' } }];
    },
  };
}

/** Names of the JSON types a schema accepts, with `integer` counted inside `number`. */
function accepts(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

function showTypes(view: SchemaView): string {
  const types = view.types ? [...view.types].join('|') : 'any';
  return view.format ? `${types} (${view.format})` : types;
}

export type TypeMove = 'narrowed' | 'widened' | 'changed';

/**
 * How the accepted type set moved. `narrowed` means head accepts fewer kinds of value.
 * A schema without `type` but with other constraints (properties, oneOf...) is not
 * compared, since its type is implied, not declared; a format change counts as changed.
 */
export function typeMove(base: SchemaView, head: SchemaView): { move: TypeMove; from: string; to: string } | undefined {
  const from = showTypes(base);
  const to = showTypes(head);
  const b = base.types;
  const h = head.types;
  if (!b && !h) return undefined;
  if (!b) return base.unconstrained ? { move: 'narrowed', from, to } : undefined;
  if (!h) return head.unconstrained ? { move: 'widened', from, to } : undefined;
  const headCoversBase = [...b].every((t) => accepts(h, t));
  const baseCoversHead = [...h].every((t) => accepts(b, t));
  if (headCoversBase && baseCoversHead) {
    if (base.format !== undefined && head.format !== undefined && base.format !== head.format) return { move: 'changed', from, to };
    return undefined;
  }
  if (headCoversBase) return { move: 'widened', from, to };
  if (baseCoversHead) return { move: 'narrowed', from, to };
  return { move: 'changed', from, to };
}

/** Enum values present in `from` and absent from `to` (both must be enums). */
export function enumValuesMissing(from: SchemaView, to: SchemaView): string[] {
  if (!from.enum || !to.enum) return [];
  const kept = new Set(to.enum.map(canonical));
  return from.enum.filter((v) => !kept.has(canonical(v))).map(show);
}

export function findingsFor(values: readonly string[], argName: string): Finding[] {
  return values.map((value) => ({ args: { [argName]: value } }));
}

/** A schema check on the accepted types reporting the given movements. */
export function typeCheck(meta: CheckMeta, scopes: readonly SchemaScope[], moves: readonly TypeMove[]): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => {
      const found = typeMove(base, head);
      return found && moves.includes(found.move) ? [{ args: { from: found.from, to: found.to } }] : [];
    },
  };
}

/** Reports enum values of `from` missing in `to`: removed (from=base) or added (from=head). */
export function enumDifferenceCheck(meta: CheckMeta, scopes: readonly SchemaScope[], direction: 'removed' | 'added'): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => findingsFor(direction === 'removed' ? enumValuesMissing(base, head) : enumValuesMissing(head, base), 'value'),
  };
}

export function becameEnumCheck(meta: CheckMeta, scopes: readonly SchemaScope[]): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => (!base.enum && head.enum ? [{ args: { values: head.enum.map(show).join(', ') } }] : []),
  };
}

export function patternCheck(meta: CheckMeta, scopes: readonly SchemaScope[], change: 'added' | 'changed' | 'removed'): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => {
      const from = base.pattern;
      const to = head.pattern;
      const found = from === undefined ? (to !== undefined ? 'added' : undefined) : to === undefined ? 'removed' : from !== to ? 'changed' : undefined;
      return found === change ? [{ args: { from: from ?? '', to: to ?? '' } }] : [];
    },
  };
}

export function nullableCheck(meta: CheckMeta, scopes: readonly SchemaScope[], became: 'nullable' | 'not-nullable'): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => {
      if (base.nullable === head.nullable) return [];
      return head.nullable === (became === 'nullable') ? [{}] : [];
    },
  };
}

export function defaultChangedCheck(meta: CheckMeta, scopes: readonly SchemaScope[]): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => {
      if (!base.default || !head.default) return [];
      if (canonical(base.default.value) === canonical(head.default.value)) return [];
      return [{ args: { from: show(base.default.value), to: show(head.default.value) } }];
    },
  };
}

/** The name shown for a oneOf/anyOf branch: its component name, else its position. */
export function branchName(node: { readonly value: unknown }, index: number): string {
  const value = node.value;
  const ref = typeof value === 'object' && value !== null && '$ref' in value && typeof value.$ref === 'string' ? value.$ref : undefined;
  return ref !== undefined ? (ref.split('/').pop() ?? ref) : `branch #${index + 1}`;
}

/** Reports oneOf/anyOf branches of `from` that `to` no longer has (paired by ref, else position). */
export function branchCheck(meta: CheckMeta, scopes: readonly SchemaScope[], key: 'oneOf' | 'anyOf', change: 'removed' | 'added'): Check {
  return {
    meta,
    kind: 'schema',
    scopes,
    check: (base, head) => {
      const [from, to] = change === 'removed' ? [base, head] : [head, base];
      // A schema that was not a oneOf/anyOf at all is a restructuring, reported by type checks.
      if (from[key].length === 0 || to[key].length === 0) return [];
      const keep = new Set(to[key].map((node, index) => keyOf(node.value, index)));
      return from[key].flatMap((node, index) =>
        keep.has(keyOf(node.value, index)) ? [] : [{ args: { branch: branchName(node, index) }, ...(change === 'removed' ? { base: node.pointer } : { head: node.pointer }) }],
      );
    },
  };
}

function keyOf(value: unknown, index: number): string {
  return typeof value === 'object' && value !== null && '$ref' in value && typeof value.$ref === 'string' ? value.$ref : `#${index}`;
}
