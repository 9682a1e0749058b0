import { printValue } from '../../engine/print.js';
import { defineCoreFunction, option } from './core-function.js';

/** The value must be one of `values`. */
export const enumeration = defineCoreFunction({
  name: 'enumeration',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { values: { type: 'array', items: { type: ['string', 'number', 'null', 'boolean'] } } },
    required: ['values'],
  },
  accepts: (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value),
  parse: (options) => {
    const values = option(options, 'values');
    return Array.isArray(values) ? values.map((value: unknown) => value) : [];
  },
  run: (value, values) =>
    values.includes(value)
      ? undefined
      : [{ message: `#{{print("value")}} must be equal to one of the allowed values: ${values.map(printValue).join(', ')}` }],
});
