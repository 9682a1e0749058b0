import { isRecord } from '../../../document/index.js';
import { printValue } from '../../engine/print.js';
import { defineCoreFunction, isObjectLike, option } from './core-function.js';

function compare(a: unknown, b: unknown): number {
  // Spectral's comparison, including its quirk of comparing numeric-looking strings as numbers.
  if ((typeof a === 'number' || Number.isNaN(Number(a))) && (typeof b === 'number' || !Number.isNaN(Number(b)))) {
    return Math.min(1, Math.max(-1, Number(a) - Number(b)));
  }
  if (typeof a !== 'string' || typeof b !== 'string') return 0;
  return a.localeCompare(b);
}

/** Array items (optionally by `keyedBy`) or object keys must be in alphabetical order. */
export const alphabetical = defineCoreFunction({
  name: 'alphabetical',
  optionsSchema: { type: ['object', 'null'], properties: { keyedBy: { type: 'string' } }, additionalProperties: false },
  accepts: isObjectLike,
  wantsDereferenced: true,
  parse: (options) => {
    const keyedBy = option(options, 'keyedBy');
    return typeof keyedBy === 'string' ? keyedBy : undefined;
  },
  run: (value, keyedBy, { path }) => {
    let items: unknown[] = Array.isArray(value) ? value : isRecord(value) ? Object.keys(value) : [];
    if (items.length < 2) return undefined;
    if (keyedBy !== undefined) {
      const keyed: unknown[] = [];
      for (const item of items) {
        if (!isObjectLike(item)) return [{ message: '#{{print("property")}}must be an object' }];
        keyed.push(isRecord(item) ? item[keyedBy] : undefined);
      }
      items = keyed;
    }
    if (!items.every((item) => typeof item === 'string' || typeof item === 'number')) {
      return [{ message: '#{{print("property")}}must be one of the allowed types: number, string' }];
    }
    for (let i = 0; i < items.length - 1; i++) {
      if (compare(items[i], items[i + 1]) < 1) continue;
      if (keyedBy !== undefined) return [{ message: 'properties must follow the alphabetical order' }];
      const segment = Array.isArray(value) ? i : String(items[i]);
      return [{ message: `${printValue(items[i])} must be placed after ${printValue(items[i + 1])}`, path: [...path, segment] }];
    }
    return undefined;
  },
});
