import { isRecord } from '../../../document/index.js';
import { printValue } from '../../engine/print.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { defineCoreFunction, option } from './core-function.js';

/** Length of a string/array, key count of an object, or a number itself, within min/max. */
export const length = defineCoreFunction({
  name: 'length',
  optionsSchema: {
    type: 'object',
    properties: { min: { type: 'number' }, max: { type: 'number' } },
    minProperties: 1,
    additionalProperties: false,
  },
  accepts: (value) => Array.isArray(value) || isRecord(value) || typeof value === 'string' || typeof value === 'number',
  parse: (options) => {
    const min = option(options, 'min');
    const max = option(options, 'max');
    return { min: typeof min === 'number' ? min : undefined, max: typeof max === 'number' ? max : undefined };
  },
  run: (value, { min, max }) => {
    let size = 0;
    if (Array.isArray(value) || typeof value === 'string') size = value.length;
    else if (typeof value === 'number') size = value;
    else if (isRecord(value)) size = Object.keys(value).length;
    const results: RuleFunctionResult[] = [];
    if (min !== undefined && size < min) results.push({ message: `#{{print("property")}}must be longer than ${printValue(min)}` });
    if (max !== undefined && size > max) results.push({ message: `#{{print("property")}}must be shorter than ${printValue(max)}` });
    return results.length > 0 ? results : undefined;
  },
});
