import { Validator } from '@cfworker/json-schema';
import { describeErrors, type Dialect, detectDialect, SchemaValidators } from '../ajv-validators.js';
import { defineCoreFunction, option } from './core-function.js';

const DIALECTS: readonly Dialect[] = ['auto', 'draft4', 'draft6', 'draft7', 'draft2019-09', 'draft2020-12'];

/** One validator cache per process: compiled schemas are pure and reusable across lint runs. */
const validators = new SchemaValidators();

/** Validates a value against a JSON Schema with Ajv (drafts 4, 6, 7, 2019-09, 2020-12). */
export const schema = defineCoreFunction({
  name: 'schema',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['schema'],
    properties: {
      schema: { type: ['object', 'boolean'] },
      dialect: { enum: DIALECTS },
      allErrors: { type: 'boolean' },
    },
  },
  wantsDereferenced: true,
  parse: (options) => {
    const dialect = option(options, 'dialect');
    return { schema: option(options, 'schema'), dialect: DIALECTS.find((candidate) => candidate === dialect) ?? 'auto' };
  },
  run: (value, options, { path }) => validateWithSchema(value, options.schema, options.dialect, path),
});

/** Shared by `schema` and the OpenAPI example/document functions. */
export function validateWithSchema(value: unknown, schemaValue: unknown, dialect: Dialect, path: readonly (string | number)[]) {
  if (value === undefined) return [{ path: [...path], message: '#{{print("property")}}must exist' }];
  try {
    // Most values are valid: a simple schema is checked by an interpreter first, and Ajv (slow
    // to load and to compile) only runs to describe the errors of an invalid value.
    if (quickValidator(schemaValue, dialect)?.validate(value).valid === true) return [];
    const validate = validators.validator(schemaValue, dialect);
    if (validate(value) || !Array.isArray(validate.errors)) return [];
    return describeErrors(validate.errors).map((problem) => ({ message: problem.message, path: [...path, ...problem.path] }));
  } catch (error) {
    return [{ message: error instanceof Error ? error.message : String(error), path: [...path] }];
  }
}

/**
 * Keywords on which the interpreting validator and Ajv agree exactly. A schema using anything
 * else (formats, patterns, references, draft-specific keywords) always goes to Ajv.
 */
const SIMPLE_KEYWORDS = new Set([
  'type', 'enum', 'const', 'items', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties',
  'minProperties', 'maxProperties', 'minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf', 'allOf', 'anyOf', 'oneOf', 'not',
  'title', 'description', 'default', 'examples',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

function isSimpleSchema(schema: unknown, depth = 0): boolean {
  if (typeof schema === 'boolean') return true;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || depth > 32) return false;
  for (const [key, child] of Object.entries(schema)) {
    if (!SIMPLE_KEYWORDS.has(key)) return false;
    if (key === 'properties') {
      if (typeof child !== 'object' || child === null) return false;
      for (const property of Object.values(child as object)) if (!isSimpleSchema(property, depth + 1)) return false;
    } else if (SCHEMA_LISTS.has(key)) {
      if (!Array.isArray(child) || !child.every((item) => isSimpleSchema(item, depth + 1))) return false;
    } else if ((key === 'items' || key === 'not' || key === 'additionalProperties') && !isSimpleSchema(child, depth + 1)) return false;
  }
  return true;
}

const quickValidators = new WeakMap<object, Validator | null>();

function quickValidator(schema: unknown, dialect: Dialect): Validator | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  let known = quickValidators.get(schema);
  if (known === undefined) {
    const effective = dialect === 'auto' ? detectDialect(schema) : dialect;
    const draft = effective === 'draft4' ? '4' : effective === 'draft2019-09' ? '2019-09' : effective === 'draft2020-12' ? '2020-12' : '7';
    known = isSimpleSchema(schema) ? new Validator(schema, draft, true) : null;
    quickValidators.set(schema, known);
  }
  return known ?? undefined;
}
