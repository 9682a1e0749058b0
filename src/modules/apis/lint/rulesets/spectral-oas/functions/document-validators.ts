import { format, type OutputUnit, type Schema, type SchemaDraft, validate } from '@cfworker/json-schema';
import { isRecord, type ParsedDocument, type PathSegment } from '../../../../document/index.js';
import type { Dialect } from '../../../spectral/ajv-validators.js';
import { fullFormats } from '../../../spectral/formats.js';
import { certainlyValid } from './quick-example-check.js';

/**
 * Example validation against schemas *in place*: an interpreting validator
 * (@cfworker/json-schema) reads the document's schemas directly, and its `$ref` lookups are
 * answered by the document's own cached resolver. Nothing is compiled or copied per example,
 * which is what makes Spectral slow on documents with thousands of examples.
 */
/**
 * A format check remembered per string: examples repeat their URLs and dates, and a check
 * such as `uri` (a very large regular expression) costs tens of microseconds while cold.
 * Bounded: a server lints documents for days.
 */
const REMEMBERED_PER_FORMAT = 10_000;

function remembered(check: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = check(text);
      if (answers.size === REMEMBERED_PER_FORMAT) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}

/**
 * Use ajv-formats' definitions (what Spectral's Ajv applies; spectral/formats.ts) in place of cfworker's stricter
 * ones, so both tools accept the same strings (e.g. `2020-01-01 10:00:00Z` as a date-time).
 * This configures cfworker's format table for this process, once, at load.
 */
for (const [name, definition] of Object.entries(fullFormats)) {
  if (definition instanceof RegExp) format[name] = remembered((text) => definition.test(text));
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the value comes from untyped document data
  else if (typeof definition === 'function') format[name] = remembered((text) => Boolean(definition(text)));
  else if (typeof definition === 'object' && 'validate' in definition) {
    // Number formats (int32, int64, float, double) apply to numbers only in Ajv; cfworker
    // calls formats on strings only, so for it they accept every string (a string example
    // with `format: int32` is fine for Spectral).
    if ('type' in definition && definition.type === 'number') {
      format[name] = () => true;
      continue;
    }
    const check: unknown = definition.validate;
    if (check instanceof RegExp) format[name] = remembered((text) => check.test(text));
    else if (typeof check === 'function') format[name] = remembered((text) => Boolean(Reflect.apply(check, undefined, [text])));
  }
}

function draftOf(dialect: Dialect): SchemaDraft {
  if (dialect === 'draft2020-12') return '2020-12';
  if (dialect === 'draft2019-09') return '2019-09';
  if (dialect === 'draft4') return '4';
  return '7';
}

/**
 * Ajv refuses to compile a schema where `nullable: true` has no `type` anywhere it can reach
 * (through `$ref`s too); Spectral then reports that compile error for the example. Memoised.
 */
function nullableWithoutType(document: ParsedDocument, memo: WeakMap<object, boolean>, schema: unknown): boolean {
  const inProgress = new Set<object>();
  const visit = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) return false;
    inProgress.add(node);
    // Loops, not entries()/some(): this walk runs once per schema object, cold.
    let found = false;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length && !found; i++) found = visit(node[i]);
    } else if (isRecord(node)) {
      if (typeof node['$ref'] === 'string') {
        const resolution = document.resolveRef(node['$ref']);
        found = resolution.ok && visit(resolution.target.value);
      } else if ((node['nullable'] === true || node['x-nullable'] === true) && node['type'] === undefined) found = true;
      else {
        for (const key in node) {
          const child = node[key];
          if (SCHEMA_MAPS.has(key) && isRecord(child)) {
            for (const name in child) if ((found = visit(child[name]))) break;
          } else if (SCHEMA_LISTS.has(key) || SCHEMA_SINGLE.has(key)) found = visit(child);
          if (found) break;
        }
      }
    }
    inProgress.delete(node);
    memo.set(node, found);
    return found;
  };
  return visit(schema);
}

/** Sets an own `__proto__` property (as `Object.fromEntries` does), not the prototype. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * OpenAPI 2/3.0 `nullable: true` (and OAS 2 `x-nullable`), which Ajv honours: a schema with it
 * also accepts null. Converted once per schema object (memoised), refs left for the lookup.
 */
function nullableAware(memo: WeakMap<object, Schema>): (value: unknown) => Schema | boolean {
  const convert = (value: unknown): Schema | boolean => {
    if (typeof value === 'boolean') return value;
    if (!isRecord(value)) return {};
    const known = memo.get(value);
    if (known !== undefined) return known;
    const copy: Schema = {};
    memo.set(value, copy);
    for (const key in value) {
      const child = value[key];
      if (SCHEMA_MAPS.has(key) && isRecord(child)) {
        const converted: Record<string, Schema | boolean> = {};
        for (const name in child) {
          if (name === '__proto__') defineOwn(converted, name, convert(child[name]));
          else converted[name] = convert(child[name]);
        }
        copy[key] = converted;
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(child)) {
        copy[key] = child.map(convert);
      } else if (SCHEMA_SINGLE.has(key) && (isRecord(child) || typeof child === 'boolean')) {
        copy[key] = convert(child);
      } else copy[key] = child;
    }
    if (value['nullable'] === true || value['x-nullable'] === true) {
      const type = value['type'];
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- CommonJS interop: the module object is untyped
      if (type !== undefined) copy['type'] = Array.isArray(type) ? [...type, 'null'] : [type, 'null'];
    }
    return copy;
  };
  return convert;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_SINGLE = new Set(['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else', 'propertyNames', 'additionalItems']);

/** A `$ref` → schema table that resolves on demand (a Proxy over the document's resolver). */
function lookupFor(document: ParsedDocument, source: string, toSchema: (value: unknown) => Schema | boolean): Record<string, Schema | boolean> {
  return new Proxy<Record<string, Schema | boolean>>(
    {},
    {
      get(cache, key) {
        if (typeof key !== 'string') return undefined;
        const known = cache[key];
        if (known !== undefined) return known;
        const resolution = document.resolveRef(key, source);
        const schema = resolution.ok ? toSchema(resolution.target.value) : undefined;
        if (schema !== undefined) cache[key] = schema;
        return schema;
      },
    },
  );
}

interface DocumentState {
  readonly lookups: Map<string, Record<string, Schema | boolean>>;
  readonly toSchema: (value: unknown) => Schema | boolean;
  readonly nullable: boolean;
  readonly badNullable: WeakMap<object, boolean>;
}

const states = new WeakMap<ParsedDocument, DocumentState>();

function stateOf(document: ParsedDocument): DocumentState {
  let state = states.get(document);
  if (state === undefined) {
    // Ajv (which Spectral uses) implements OpenAPI's `nullable` in its type checks whatever
    // the draft: Spectral accepts `default: null` beside `nullable: true` in OpenAPI 3.1 too,
    // and reports "nullable cannot be used without type" there as well.
    state = { lookups: new Map(), toSchema: nullableAware(new WeakMap()), nullable: true, badNullable: new WeakMap() };
    states.set(document, state);
  }
  return state;
}

function decode(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // keep the raw segment
  }
  return text.replaceAll('~1', '/').replaceAll('~0', '~');
}

export interface ExampleProblem {
  readonly message: string;
  readonly path: PathSegment[];
}

/** Validates `value` against `schema` (found in `source`); the first problem, like Ajv without allErrors. */
export function validateInPlace(document: ParsedDocument, source: string, dialect: Dialect, schema: unknown, value: unknown): ExampleProblem[] {
  const state = stateOf(document);
  if (state.nullable && nullableWithoutType(document, state.badNullable, schema)) {
    return [{ message: '"nullable" cannot be used without "type"', path: [] }];
  }
  if (certainlyValid(document, source, draftOf(dialect), schema, value)) return [];
  return validateByInterpreter(document, source, dialect, schema, value);
}

/** `validateInPlace` by cfworker alone, without the nullable check or the quick answer (tests compare the quick answer with it). */
export function validateByInterpreter(document: ParsedDocument, source: string, dialect: Dialect, schema: unknown, value: unknown): ExampleProblem[] {
  const state = stateOf(document);
  const lookup = state.lookups.get(source) ?? lookupFor(document, source, state.toSchema);
  state.lookups.set(source, lookup);
  let errors: OutputUnit[];
  try {
    const result = validate(value, state.toSchema(schema), draftOf(dialect), lookup, true);
    if (result.valid) return [];
    errors = result.errors;
  } catch (error) {
    return [{ message: error instanceof Error ? error.message.split('\n')[0] ?? 'invalid schema' : String(error), path: [] }];
  }
  // The chain goes from the outermost keyword to the innermost: report the innermost.
  const innermost = errors.filter((error) => !error.error.startsWith('A subschema had errors') && !error.error.startsWith('Property "')).at(-1) ?? errors.at(-1);
  if (innermost === undefined) return [];
  const location = innermost.instanceLocation.replace(/^#\/?/, '');
  const path = location === '' ? [] : location.split('/').map(decode);
  const property = path.at(-1);
  const message = property === undefined ? innermost.error : `"${property}" property ${innermost.error}`;
  return [{ message, path }];
}
