import { isRecord, type ParsedDocument, type PathSegment } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';
import { validateInPlace } from './document-validators.js';
import { oasDialect } from './oas-schema.js';

export interface OasExampleOptions {
  readonly schemaField: '$' | 'schema';
  readonly oasVersion: 2 | 3;
  readonly type: 'media' | 'schema';
}

const REQUEST_MEDIA_PATHS: Record<2 | 3, string[][]> = { 2: [], 3: [['components', 'requestBodies'], ['paths', '*', '*', 'requestBody']] };
const RESPONSE_MEDIA_PATHS: Record<2 | 3, string[][]> = {
  2: [['responses'], ['paths', '*', '*', 'responses']],
  3: [['components', 'responses'], ['paths', '*', '*', 'responses']],
};
const SCHEMA_FIELDS: Record<2 | 3, string[]> = { 2: ['example', 'x-example', 'default'], 3: ['example', 'default'] };

function isSubpath(path: readonly PathSegment[], prefixes: string[][]): boolean {
  return prefixes.some((prefix) => prefix.every((segment, i) => segment === '*' || segment === path[i]));
}

interface Item {
  readonly value: unknown;
  readonly path: PathSegment[];
}

function mediaItems(target: Record<string, unknown>, path: readonly PathSegment[], version: 2 | 3): Item[] {
  if (version === 2) {
    const examples = target['examples'];
    if (!isRecord(examples)) return [];
    return Object.keys(examples).map((key) => ({ value: examples[key], path: [...path, 'examples', key] }));
  }
  if ('example' in target) return [{ value: target['example'], path: [...path, 'example'] }];
  const examples = target['examples'];
  if (!('examples' in target) || !isRecord(examples)) return [];
  const items: Item[] = [];
  for (const key of Object.keys(examples)) {
    const example = examples[key];
    if (!isRecord(example) || 'externalValue' in example) continue;
    items.push({ value: example['value'], path: [...path, 'examples', key, 'value'] });
  }
  return items;
}

/** Drops readOnly (requests) or writeOnly (responses) properties from `required` lists. */
function relaxRequired(schema: unknown, readOnly: boolean, writeOnly: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((item) => relaxRequired(item, readOnly, writeOnly));
  if (!isRecord(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'not' ? value : relaxRequired(value, readOnly, writeOnly);
  const properties = copy['properties'];
  const required = copy['required'];
  if (isRecord(properties) && Array.isArray(required)) {
    const kept = required.filter((name: unknown) => {
      const property = properties[String(name)];
      return !(isRecord(property) && ((readOnly && property['readOnly'] === true) || (writeOnly && property['writeOnly'] === true)));
    });
    if (kept.length === 0) delete copy['required'];
    else copy['required'] = kept;
  }
  return copy;
}

/** Whether the schema must be copied and rewritten before validating (rare). */
function needsRewrite(raw: unknown, request: boolean, response: boolean, context: Parameters<RuleFunction>[2]): boolean {
  const resolved = context.resolve(raw);
  if (context.document.formats.has('oas2') && isRecord(resolved) && typeof resolved['required'] === 'boolean') return true;
  if (!request && !response) return false;
  return reachesFlag(context.document, context.source, raw, request ? 'readOnly' : 'writeOnly') || (request && response);
}

type Flag = 'readOnly' | 'writeOnly';

/** Per document and flag: nodes known not to reach the flag (see `reachesFlag`). */
const flagFree = new WeakMap<ParsedDocument, Record<Flag, WeakSet<object>>>();

/**
 * Whether `flag: true` is set on some object of `schema` once its `$ref`s are expanded: what
 * scanning `context.dereference(schema)` answers, without building that copy and walking it
 * again for every example (which cost more than validating the examples). A walk that finds
 * nothing has seen everything reachable from where it started, so every node it visited is
 * remembered as flag-free for later walks.
 */
function reachesFlag(document: ParsedDocument, source: string, schema: unknown, flag: Flag): boolean {
  let known = flagFree.get(document);
  if (known === undefined) {
    known = { readOnly: new WeakSet(), writeOnly: new WeakSet() };
    flagFree.set(document, known);
  }
  const free = known[flag];
  const visited = new Set<object>();
  // Two stacks rather than one of {node, source} pairs: no object per node.
  const nodes: unknown[] = [schema];
  const sources: string[] = [source];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const from = sources.pop() ?? source;
    if (typeof node !== 'object' || node === null || free.has(node) || visited.has(node)) continue;
    visited.add(node);
    if (Array.isArray(node)) {
      for (const item of node) {
        nodes.push(item);
        sources.push(from);
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    const ref = record['$ref'];
    if (typeof ref === 'string') {
      // A resolvable `$ref` object is replaced by its target (siblings ignored), as in dereference.
      const resolution = document.resolveRef(ref, from);
      if (resolution.ok) {
        nodes.push(resolution.target.value);
        sources.push(resolution.target.source);
        continue;
      }
    }
    if (record[flag] === true) return true;
    for (const key in record) {
      nodes.push(record[key]);
      sources.push(from);
    }
  }
  for (const node of visited) free.add(node);
  return false;
}

/** Examples (media `example(s)` or schema `example`/`default`) must validate against their schema. */
export function oasExample(options: OasExampleOptions): RuleFunction {
  return (target, _options, context) => {
    if (!isRecord(target)) return undefined;
    const raw = options.schemaField === '$' ? target : target[options.schemaField];
    const items =
      options.type === 'schema'
        ? SCHEMA_FIELDS[options.oasVersion].filter((field) => field in target).map((field) => ({ value: target[field], path: [...context.path, field] }))
        : mediaItems(target, context.path, options.oasVersion);
    if (items.length === 0) return undefined;
    const request = options.type === 'media' && isSubpath(context.path, REQUEST_MEDIA_PATHS[options.oasVersion]);
    const response = options.type === 'media' && isSubpath(context.path, RESPONSE_MEDIA_PATHS[options.oasVersion]);
    const dialect = oasDialect(context.document);
    let schema: unknown = raw;
    let source = context.source;
    if (needsRewrite(raw, request, response, context)) {
      // A rewritten copy (OAS 2 boolean `required` dropped, readOnly/writeOnly relaxed), refs inlined.
      schema = context.dereference(raw);
      if (context.document.formats.has('oas2') && isRecord(schema) && typeof schema['required'] === 'boolean') {
        const { required: _dropped, ...rest } = schema;
        schema = rest;
      }
      if (request || response) schema = relaxRequired(schema, request, response);
      source = context.document.source;
    }
    const results: RuleFunctionResult[] = [];
    for (const item of items) {
      for (const problem of validateInPlace(context.document, source, dialect, schema, item.value)) {
        results.push({ message: problem.message, path: [...item.path, ...problem.path] });
      }
    }
    return results;
  };
}
