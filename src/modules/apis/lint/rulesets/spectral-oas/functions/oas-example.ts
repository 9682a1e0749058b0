import { isRecord, type PathSegment } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';
import { validateOasSchema } from './oas-schema.js';

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

/** Examples (media `example(s)` or schema `example`/`default`) must validate against their schema. */
export function oasExample(options: OasExampleOptions): RuleFunction {
  return (target, _options, context) => {
    if (!isRecord(target)) return undefined;
    const raw = options.schemaField === '$' ? target : target[options.schemaField];
    let schema = context.dereference(raw);
    if (context.document.formats.has('oas2') && isRecord(schema) && typeof schema['required'] === 'boolean') {
      const { required: _dropped, ...rest } = schema;
      schema = rest;
    }
    const items =
      options.type === 'schema'
        ? SCHEMA_FIELDS[options.oasVersion].filter((field) => field in target).map((field) => ({ value: target[field], path: [...context.path, field] }))
        : mediaItems(target, context.path, options.oasVersion);
    if (items.length === 0) return undefined;
    if (options.type === 'media') {
      const request = isSubpath(context.path, REQUEST_MEDIA_PATHS[options.oasVersion]);
      const response = isSubpath(context.path, RESPONSE_MEDIA_PATHS[options.oasVersion]);
      if (request || response) schema = relaxRequired(schema, request, response);
    }
    const results: RuleFunctionResult[] = [];
    for (const item of items) results.push(...validateOasSchema(item.value, schema, context.document, item.path));
    return results;
  };
}
