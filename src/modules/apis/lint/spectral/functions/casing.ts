import { defineCoreFunction, option } from './core-function.js';

const CASES: Record<string, string> = {
  flat: '[a-z][a-z{D}]*',
  camel: '[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*',
  pascal: '[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*',
  kebab: '[a-z][a-z{D}]*(?:-[a-z{D}]+)*',
  cobol: '[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*',
  snake: '[a-z][a-z{D}]*(?:_[a-z{D}]+)*',
  macro: '[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A string must be written in a casing (camel, snake, kebab, pascal, macro, cobol, flat). */
export const casing = defineCoreFunction({
  name: 'casing',
  optionsSchema: {
    type: 'object',
    required: ['type'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: Object.keys(CASES) },
      disallowDigits: { type: 'boolean' },
      separator: {
        type: 'object',
        required: ['char'],
        additionalProperties: false,
        properties: { char: { type: 'string', maxLength: 1 }, allowLeading: { type: 'boolean' } },
      },
    },
  },
  accepts: (value) => typeof value === 'string' && value.length > 0,
  parse: (options) => {
    const type = String(option(options, 'type'));
    const digits = option(options, 'disallowDigits') === true ? '' : '0-9';
    const base = (CASES[type] ?? CASES['flat'] ?? '').replaceAll('{D}', digits);
    const separator = option(options, 'separator');
    const char = option(separator, 'char');
    const allowLeading = option(separator, 'allowLeading') === true;
    if (typeof char !== 'string') return { type, regex: new RegExp(`^${base}$`), char: undefined, allowLeading };
    const sep = `[${escape(char)}]`;
    return { type, regex: new RegExp(`^${allowLeading ? `${sep}?` : ''}${base}(?:${sep}${base})*$`), char, allowLeading };
  },
  run: (value, { type, regex, char, allowLeading }) => {
    const text = String(value);
    if (text.length === 1 && allowLeading && text === char) return undefined;
    return regex.test(text) ? undefined : [{ message: `must be ${type} case` }];
  },
});
