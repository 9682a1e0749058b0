import { isRecord } from '../../../document/index.js';
import { defineCoreFunction } from './core-function.js';
import { missingAllMessage, propertiesOption } from './xor.js';

/** At least one of `properties` must be present. */
export const or = defineCoreFunction({
  name: 'or',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['properties'],
    properties: { properties: { type: 'array', items: { type: 'string' }, minItems: 2 } },
  },
  accepts: isRecord,
  parse: propertiesOption,
  run: (value, properties) => {
    if (!isRecord(value) || properties.length < 2) return undefined;
    return Object.keys(value).some((key) => properties.includes(key)) ? [] : [{ message: missingAllMessage(properties) }];
  },
});
