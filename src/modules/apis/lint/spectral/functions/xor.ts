import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { defineCoreFunction, option } from './core-function.js';

export function propertiesOption(options: unknown): string[] {
  const properties = option(options, 'properties');
  return Array.isArray(properties) ? properties.map(String) : [];
}

export function missingAllMessage(properties: readonly string[]): string {
  if (properties.length > 4) {
    return `At least one of "${properties.slice(0, 3).join('" or "')}" or ${String(properties.length - 3)} other properties must be defined`;
  }
  return `At least one of "${properties.join('" or "')}" must be defined`;
}

/** Exactly one of `properties` must be present. */
export const xor = defineCoreFunction({
  name: 'xor',
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
    const present = Object.keys(value).filter((key) => properties.includes(key));
    const results: RuleFunctionResult[] = [];
    if (present.length === 0) results.push({ message: missingAllMessage(properties) });
    if (present.length > 1) results.push({ message: `Just one of "${present.join('" and "')}" must be defined` });
    return results;
  },
});
