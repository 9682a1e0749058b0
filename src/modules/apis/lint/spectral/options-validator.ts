import { Validator } from '@cfworker/json-schema';
import type { JsonSchema } from '../engine/types.js';
import { RulesetError } from './ruleset-error.js';

/** Keywords whose errors only say "a subschema had errors": the nested errors say what. */
const SUMMARY_KEYWORDS = new Set(['properties', 'items', 'allOf', 'anyOf', 'oneOf', '$ref', 'additionalProperties', 'patternProperties', 'prefixItems']);

/** One interpreting validator per options schema (no code generation: a ruleset loads in ms). */
const validators = new WeakMap<object, Validator>();

function validatorFor(schema: JsonSchema): Validator {
  if (typeof schema === 'boolean') return new Validator(schema, '7', false);
  let validator = validators.get(schema);
  if (validator === undefined) {
    validator = new Validator(schema, '7', false);
    validators.set(schema, validator);
  }
  return validator;
}

/** Validates rule and function options when a ruleset loads. */
export class OptionsValidator {
  check(schema: JsonSchema, value: unknown, where: string): void {
    const result = validatorFor(schema).validate(value);
    if (result.valid) return;
    const detailed = result.errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
    const problems = (detailed.length > 0 ? detailed : result.errors).map((error) => {
      const at = error.instanceLocation.replace(/^#/, '');
      return `${at === '' ? '(root)' : at} ${error.error}`;
    });
    throw new RulesetError(`${where}: invalid options: ${problems.join('; ')}`);
  }
}
