import { describeErrors, type Dialect, SchemaValidators } from '../ajv-validators.js';
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
    const validate = validators.validator(schemaValue, dialect);
    if (validate(value) || !Array.isArray(validate.errors)) return [];
    return describeErrors(validate.errors).map((problem) => ({ message: problem.message, path: [...path, ...problem.path] }));
  } catch (error) {
    return [{ message: error instanceof Error ? error.message : String(error), path: [...path] }];
  }
}
