import { arrayAt, isObject, numberAt, stringAt, type JsonObject } from './json.js';
import { childPointer } from './pointer.js';
import type { Node, Resolver } from './resolver.js';

export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

/**
 * A schema as the checks see it: `$ref` followed, `allOf` merged into one view (so moving
 * properties into an `allOf` is not reported as remove + add), nullability read from any
 * dialect (2.0 `x-nullable`, 3.0 `nullable`, 3.1 `type: [..., "null"]` or an
 * `anyOf`/`oneOf` branch `{type: "null"}`), bounds normalised across the 3.0 boolean and
 * 3.1 numeric forms of `exclusiveMinimum`/`exclusiveMaximum`.
 */
export interface SchemaView {
  readonly pointer: string;
  /** The resolved schema object. */
  readonly raw: JsonObject;
  /** Types besides `null`; undefined means any type. */
  readonly types: ReadonlySet<string> | undefined;
  readonly nullable: boolean;
  readonly format: string | undefined;
  readonly enum: readonly unknown[] | undefined;
  readonly pattern: string | undefined;
  readonly minimum: Bound | undefined;
  readonly maximum: Bound | undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly properties: ReadonlyMap<string, Node>;
  readonly required: ReadonlySet<string>;
  /** `false` when extra properties are forbidden, a schema when they are constrained. */
  readonly additionalProperties: false | Node | undefined;
  readonly items: Node | undefined;
  /** Branches other than a bare `{type: "null"}` (those only make the schema nullable). */
  readonly oneOf: readonly Node[];
  readonly anyOf: readonly Node[];
  readonly default: { readonly value: unknown } | undefined;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly deprecated: boolean;
  /** True when the schema says nothing that constrains values (`{}`, or only docs). */
  readonly unconstrained: boolean;
}

const CONSTRAINING = [
  'type', 'enum', 'const', 'properties', 'items', 'oneOf', 'anyOf', 'allOf', 'not',
  'additionalProperties', '$ref', 'pattern', 'format', 'required',
];

/** Builds (and caches per resolved object) the views of one document's schemas. */
export class SchemaViews {
  private readonly resolver: Resolver;
  private readonly cache = new WeakMap<object, SchemaView>();
  private readonly building = new WeakSet<object>();

  constructor(resolver: Resolver) {
    this.resolver = resolver;
  }

  view(node: Node): SchemaView {
    const resolved = this.resolver.resolve(node);
    const raw = isObject(resolved.value) ? resolved.value : {};
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const built = this.build(raw, resolved.pointer);
    this.cache.set(raw, built);
    return built;
  }

  private build(raw: JsonObject, pointer: string): SchemaView {
    const own = ownView(raw, pointer);
    const allOf = arrayAt(raw, 'allOf');
    if (!allOf || allOf.length === 0 || this.building.has(raw)) return own;
    this.building.add(raw);
    try {
      let merged = own;
      allOf.forEach((member, index) => {
        merged = mergeViews(merged, this.view({ value: member, pointer: childPointer(childPointer(pointer, 'allOf'), index) }));
      });
      return merged;
    } finally {
      this.building.delete(raw);
    }
  }
}

function typesOf(raw: JsonObject): { types: Set<string> | undefined; nullType: boolean } {
  const type = raw.type;
  const list = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t) => typeof t === 'string') : [];
  if (list.length === 0) return { types: undefined, nullType: false };
  const types = new Set(list.filter((t) => t !== 'null'));
  return { types: types.size > 0 ? types : undefined, nullType: list.includes('null') };
}

function isNullBranch(member: unknown): boolean {
  return isObject(member) && member.type === 'null' && Object.keys(member).every((k) => k === 'type' || k === 'description' || k === 'title');
}

function branches(raw: JsonObject, key: 'oneOf' | 'anyOf', pointer: string): { nodes: Node[]; nullBranch: boolean } {
  const list = arrayAt(raw, key) ?? [];
  const nodes: Node[] = [];
  let nullBranch = false;
  list.forEach((member, index) => {
    if (isNullBranch(member)) nullBranch = true;
    else nodes.push({ value: member, pointer: childPointer(childPointer(pointer, key), index) });
  });
  return { nodes, nullBranch };
}

function bound(raw: JsonObject, inclusiveKey: string, exclusiveKey: string, lower: boolean): Bound | undefined {
  const inclusive = numberAt(raw, inclusiveKey);
  const exclusiveNumber = numberAt(raw, exclusiveKey);
  const candidates: Bound[] = [];
  if (inclusive !== undefined) candidates.push({ value: inclusive, exclusive: raw[exclusiveKey] === true });
  if (exclusiveNumber !== undefined) candidates.push({ value: exclusiveNumber, exclusive: true });
  let best: Bound | undefined;
  for (const candidate of candidates) {
    if (!best) best = candidate;
    else if (lower ? candidate.value > best.value : candidate.value < best.value) best = candidate;
  }
  return best;
}

function ownView(raw: JsonObject, pointer: string): SchemaView {
  const { types, nullType } = typesOf(raw);
  const oneOf = branches(raw, 'oneOf', pointer);
  const anyOf = branches(raw, 'anyOf', pointer);
  const properties = new Map<string, Node>();
  const props = isObject(raw.properties) ? raw.properties : undefined;
  if (props) {
    const base = childPointer(pointer, 'properties');
    for (const [name, value] of Object.entries(props)) properties.set(name, { value, pointer: childPointer(base, name) });
  }
  const required = new Set((arrayAt(raw, 'required') ?? []).filter((r): r is string => typeof r === 'string'));
  const additional = raw.additionalProperties;
  const enumValues = arrayAt(raw, 'enum') ?? ('const' in raw ? [raw.const] : undefined);
  return {
    pointer,
    raw,
    types,
    nullable: nullType || raw.nullable === true || raw['x-nullable'] === true || oneOf.nullBranch || anyOf.nullBranch || (enumValues?.includes(null) ?? false),
    format: stringAt(raw, 'format'),
    enum: enumValues?.filter((v) => v !== null),
    pattern: stringAt(raw, 'pattern'),
    minimum: bound(raw, 'minimum', 'exclusiveMinimum', true),
    maximum: bound(raw, 'maximum', 'exclusiveMaximum', false),
    minLength: numberAt(raw, 'minLength'),
    maxLength: numberAt(raw, 'maxLength'),
    minItems: numberAt(raw, 'minItems'),
    maxItems: numberAt(raw, 'maxItems'),
    properties,
    required,
    additionalProperties: additional === false ? false : isObject(additional) && Object.keys(additional).length > 0 ? { value: additional, pointer: childPointer(pointer, 'additionalProperties') } : undefined,
    items: isObject(raw.items) ? { value: raw.items, pointer: childPointer(pointer, 'items') } : undefined,
    oneOf: oneOf.nodes,
    anyOf: anyOf.nodes,
    default: 'default' in raw ? { value: raw.default } : undefined,
    readOnly: raw.readOnly === true,
    writeOnly: raw.writeOnly === true,
    deprecated: raw.deprecated === true,
    unconstrained: !CONSTRAINING.some((key) => key in raw),
  };
}

/** `allOf` semantics, simplified: the schema's own keywords win, members fill the gaps. */
function mergeViews(into: SchemaView, member: SchemaView): SchemaView {
  const properties = new Map(into.properties);
  for (const [name, node] of member.properties) if (!properties.has(name)) properties.set(name, node);
  const required = new Set([...into.required, ...member.required]);
  return {
    ...into,
    types: into.types ?? member.types,
    format: into.format ?? member.format,
    enum: into.enum ?? member.enum,
    pattern: into.pattern ?? member.pattern,
    minimum: into.minimum ?? member.minimum,
    maximum: into.maximum ?? member.maximum,
    minLength: into.minLength ?? member.minLength,
    maxLength: into.maxLength ?? member.maxLength,
    minItems: into.minItems ?? member.minItems,
    maxItems: into.maxItems ?? member.maxItems,
    properties,
    required,
    additionalProperties: into.additionalProperties ?? member.additionalProperties,
    items: into.items ?? member.items,
    oneOf: into.oneOf.length > 0 ? into.oneOf : member.oneOf,
    anyOf: into.anyOf.length > 0 ? into.anyOf : member.anyOf,
    default: into.default ?? member.default,
    readOnly: into.readOnly || member.readOnly,
    writeOnly: into.writeOnly || member.writeOnly,
    deprecated: into.deprecated || member.deprecated,
    unconstrained: into.unconstrained && member.unconstrained,
  };
}
