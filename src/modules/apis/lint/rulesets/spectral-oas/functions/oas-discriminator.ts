import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

/** OAS 2: the discriminator property is defined in `properties` and listed in `required`. */
export const oasDiscriminator: RuleFunction = (schema, _options, { path }) => {
  if (!isRecord(schema) || typeof schema['discriminator'] !== 'string') return undefined;
  const name = schema['discriminator'];
  const results: RuleFunctionResult[] = [];
  const properties = schema['properties'];
  if (typeof properties !== 'object' || properties === null || !Object.keys(properties).includes(name)) {
    results.push({ message: 'The discriminator property must be defined in this schema.', path: [...path, 'properties'] });
  }
  const required = schema['required'];
  if (!Array.isArray(required) || !required.includes(name)) {
    results.push({ message: 'The discriminator property must be in the required property list.', path: [...path, 'required'] });
  }
  return results;
};
