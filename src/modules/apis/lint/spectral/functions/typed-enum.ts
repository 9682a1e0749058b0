import { isRecord } from '../../../document/index.js';
import { printValue } from '../../engine/print.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { defineCoreFunction, noOptions } from './core-function.js';

function dataType(value: unknown, integers: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return integers && Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every `enum` value must have the schema's `type` (with OAS 3.0 `nullable` / OAS 2 `x-nullable`). */
export const typedEnum = defineCoreFunction({
  name: 'typedEnum',
  optionsSchema: null,
  accepts: (value) =>
    isRecord(value) &&
    Array.isArray(value['enum']) &&
    (typeof value['type'] === 'string' || (Array.isArray(value['type']) && value['type'].every((item) => typeof item === 'string'))),
  parse: noOptions,
  run: (value, _options, { path, document }) => {
    if (!isRecord(value) || !Array.isArray(value['enum'])) return undefined;
    const declared: unknown = value['type'];
    let types: string[] = Array.isArray(declared) ? declared.map(String) : [String(declared)];
    const nullable =
      (value['nullable'] === true && document.formats.has('oas3_0')) || (value['x-nullable'] === true && document.formats.has('oas2'));
    if (nullable) types = [...types, 'null'];
    const single = !Array.isArray(declared) && !nullable;
    const integers = types.includes('integer');
    const results: RuleFunctionResult[] = [];
    value['enum'].forEach((item: unknown, i) => {
      const actual = dataType(item, integers);
      if (types.includes(actual)) return;
      results.push({ message: `Enum value ${printValue(item)} must be "${single ? types[0] ?? '' : types.join(',')}".`, path: [...path, 'enum', i] });
    });
    return results.length > 0 ? results : undefined;
  },
});
