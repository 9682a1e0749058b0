import { deepCompareStrict, format, type SchemaDraft, ucs2length } from '@cfworker/json-schema';
import { isRecord, type ParsedDocument } from '../../../../document/index.js';

/**
 * A quick "valid" for the examples of common schemas, without @cfworker/json-schema.
 *
 * Most examples are valid, and most of their schemas are a `type`, a `format` and a few
 * `properties`. cfworker's interpreter is general: each call destructures ~45 keywords and
 * builds location strings, and every schema must first be copied with OpenAPI's `nullable`
 * applied (document-validators.ts). On twilio-v2010, 1,250 example checks cost ~15 ms that way.
 *
 * `certainlyValid` answers `true` only where cfworker, given the nullable-converted schema and
 * the same `$ref` lookup, finds no error: it implements the keywords below exactly as
 * cfworker 4.1 does, and answers `false` ("ask cfworker") for a schema with any other keyword
 * cfworker knows, for every invalid value, and for anything unusual. cfworker then runs as
 * before and describes the errors, so findings and messages are unchanged.
 */

/** Keywords cfworker applies that this check does not: a schema with one goes to cfworker. */
const DEFERRED_KEYWORDS = new Set([
  '$recursiveRef', '$recursiveAnchor', 'not', 'oneOf', 'if', 'then', 'else', 'patternProperties', 'unevaluatedProperties',
  'propertyNames', 'dependentRequired', 'dependentSchemas', 'dependencies', 'prefixItems', 'additionalItems', 'unevaluatedItems',
  'contains', 'minContains', 'maxContains', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', '__absolute_ref__',
  '__absolute_recursive_ref__',
]);

/** Deeper than any real example: a `$ref` cycle that never descends into the value ends here. */
const MAX_DEPTH = 64;

/** Per schema object: whether it uses only keywords this check implements. */
const plainSchemas = new WeakMap<object, boolean>();

function isPlain(schema: Record<string, unknown>): boolean {
  let plain = plainSchemas.get(schema);
  if (plain === undefined) {
    plain = true;
    for (const key in schema) {
      if (DEFERRED_KEYWORDS.has(key)) {
        plain = false;
        break;
      }
    }
    plainSchemas.set(schema, plain);
  }
  return plain;
}

/** `pattern`s compiled once, as cfworker compiles them (`u` flag); `null` for one that does not compile. */
const patterns = new Map<string, RegExp | null>();

function patternOf(source: string): RegExp | null {
  let regex = patterns.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(source, 'u');
    } catch {
      regex = null;
    }
    if (patterns.size === 1000) patterns.clear();
    patterns.set(source, regex);
  }
  return regex;
}

interface Check {
  readonly document: ParsedDocument;
  /** cfworker's `$ref` lookup resolves every reference from the example's own source. */
  readonly source: string;
  readonly draft: SchemaDraft;
}

function typeMatches(type: unknown, value: unknown): boolean {
  const instanceType = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return instanceType === type || (type === 'integer' && typeof value === 'number' && value % 1 === 0);
}

/** `type`, with OpenAPI's `nullable`/`x-nullable` (null allowed where a type is given). */
function typeAccepts(schema: Record<string, unknown>, value: unknown): boolean {
  const type = schema['type'];
  if (type === undefined) return true;
  if (value === null && (schema['nullable'] === true || schema['x-nullable'] === true)) return true;
  if (Array.isArray(type)) {
    for (const item of type) if (typeMatches(item, value)) return true;
    return false;
  }
  return typeMatches(type, value);
}

function equalsOne(values: readonly unknown[], value: unknown): boolean {
  const deep = typeof value === 'object' && value !== null;
  for (const candidate of values) if (deep ? deepCompareStrict(value, candidate) : value === candidate) return true;
  return false;
}

function isLimit(limit: unknown): limit is number | undefined {
  return limit === undefined || typeof limit === 'number';
}

function stringAccepts(schema: Record<string, unknown>, value: string): boolean {
  const { minLength, maxLength, pattern, format: name } = schema;
  if (!isLimit(minLength) || !isLimit(maxLength)) return false;
  if (minLength !== undefined || maxLength !== undefined) {
    const length = ucs2length(value);
    if ((minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength)) return false;
  }
  if (pattern !== undefined) {
    const regex = typeof pattern === 'string' ? patternOf(pattern) : null;
    if (regex === null || !regex.test(value)) return false;
  }
  if (name === undefined) return true;
  // An inherited name (`toString`) is left to cfworker, which calls it as a method.
  if (typeof name !== 'string' || (name in format && !Object.hasOwn(format, name))) return false;
  return format[name] === undefined || format[name](value);
}

function numberAccepts(schema: Record<string, unknown>, value: number): boolean {
  const { minimum, maximum } = schema;
  if (!isLimit(minimum) || !isLimit(maximum)) return false;
  return !((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum));
}

function objectAccepts(check: Check, schema: Record<string, unknown>, value: Record<string, unknown>, depth: number): boolean {
  const { required, minProperties, maxProperties, properties, additionalProperties } = schema;
  if (required !== undefined) {
    if (!Array.isArray(required)) return false;
    for (const key of required) if (typeof key !== 'string' || !Object.hasOwn(value, key)) return false;
  }
  if (!isLimit(minProperties) || !isLimit(maxProperties)) return false;
  if (minProperties !== undefined || maxProperties !== undefined) {
    const count = Object.keys(value).length;
    if ((minProperties !== undefined && count < minProperties) || (maxProperties !== undefined && count > maxProperties)) return false;
  }
  if (properties !== undefined) {
    if (!isRecord(properties)) return false;
    for (const key in properties) {
      if (Object.hasOwn(value, key) && !accepts(check, properties[key], value[key], depth + 1)) return false;
    }
  }
  if (additionalProperties === undefined || additionalProperties === true) return true;
  if (additionalProperties !== false && !isRecord(additionalProperties)) return false;
  for (const key in value) {
    if (properties !== undefined && Object.hasOwn(properties, key)) continue;
    if (!accepts(check, additionalProperties, value[key], depth + 1)) return false;
  }
  return true;
}

function arrayAccepts(check: Check, schema: Record<string, unknown>, value: readonly unknown[], depth: number): boolean {
  const { minItems, maxItems, items, uniqueItems } = schema;
  if (!isLimit(minItems) || !isLimit(maxItems)) return false;
  if ((minItems !== undefined && value.length < minItems) || (maxItems !== undefined && value.length > maxItems)) return false;
  if (items !== undefined) {
    if (items !== true && !isRecord(items)) return false;
    for (const item of value) if (!accepts(check, items, item, depth + 1)) return false;
  }
  if (uniqueItems !== undefined && uniqueItems !== false) {
    if (uniqueItems !== true) return false;
    for (let j = 0; j < value.length; j++) if (equalsOne(value.slice(j + 1), value[j])) return false;
  }
  return true;
}

/** Every schema of `list` accepts the value (`allOf`), or some does (`anyOf`). */
function listAccepts(check: Check, list: unknown, value: unknown, depth: number, every: boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (const schema of list) {
    const accepted = accepts(check, schema, value, depth + 1);
    if (accepted !== every) return accepted;
  }
  return every;
}

function accepts(check: Check, schema: unknown, value: unknown, depth: number): boolean {
  if (schema === true) return true;
  if (!isRecord(schema) || depth > MAX_DEPTH || !isPlain(schema)) return false;
  const ref = schema['$ref'];
  if (ref !== undefined) {
    if (typeof ref !== 'string') return false;
    const resolution = check.document.resolveRef(ref, check.source);
    if (!resolution.ok || !accepts(check, resolution.target.value, value, depth + 1)) return false;
    // Drafts 4 and 7 ignore the keywords beside `$ref` (cfworker).
    if (check.draft === '4' || check.draft === '7') return true;
  }
  if (!typeAccepts(schema, value)) return false;
  const { const: constant, enum: values, allOf, anyOf } = schema;
  if (constant !== undefined && !equalsOne([constant], value)) return false;
  if (values !== undefined && (!Array.isArray(values) || !equalsOne(values, value))) return false;
  if (allOf !== undefined && !listAccepts(check, allOf, value, depth, true)) return false;
  if (anyOf !== undefined && !listAccepts(check, anyOf, value, depth, false)) return false;
  if (typeof value === 'string') return stringAccepts(schema, value);
  if (typeof value === 'number') return numberAccepts(schema, value);
  if (Array.isArray(value)) return arrayAccepts(check, schema, value, depth);
  if (isRecord(value)) return objectAccepts(check, schema, value, depth);
  return typeof value === 'boolean' || value === null;
}

/**
 * Whether cfworker would find `value` valid against `schema` (nullable applied, `$ref`s
 * resolved from `source`): `true` is certain; `false` means "ask cfworker".
 */
export function certainlyValid(document: ParsedDocument, source: string, draft: SchemaDraft, schema: unknown, value: unknown): boolean {
  return accepts({ document, source, draft }, schema, value, 0);
}
