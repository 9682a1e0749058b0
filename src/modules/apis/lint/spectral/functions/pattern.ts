import { printValue } from '../../engine/print.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { defineCoreFunction, option } from './core-function.js';

/** `/body/flags` or a plain pattern, as Spectral accepts them. */
export function toRegExp(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  return literal?.[1] !== undefined ? new RegExp(literal[1], literal[2]) : new RegExp(pattern);
}

/** A string value must (`match`) or must not (`notMatch`) match a regular expression. */
export const pattern = defineCoreFunction({
  name: 'pattern',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { match: { type: 'string' }, notMatch: { type: 'string' } },
    anyOf: [{ required: ['match'] }, { required: ['notMatch'] }],
  },
  accepts: (value) => typeof value === 'string',
  parse: (options) => {
    const match = option(options, 'match');
    const notMatch = option(options, 'notMatch');
    return {
      match: typeof match === 'string' ? { source: match, regex: toRegExp(match) } : undefined,
      notMatch: typeof notMatch === 'string' ? { source: notMatch, regex: toRegExp(notMatch) } : undefined,
    };
  },
  run: (value, { match, notMatch }) => {
    const text = String(value);
    // Runs on every description and title of a document: no array unless something is found.
    let results: RuleFunctionResult[] | undefined;
    if (match !== undefined) {
      match.regex.lastIndex = 0;
      if (!match.regex.test(text)) (results ??= []).push({ message: `#{{print("value")}} must match the pattern ${printValue(match.source)}` });
    }
    if (notMatch !== undefined) {
      notMatch.regex.lastIndex = 0;
      if (notMatch.regex.test(text)) (results ??= []).push({ message: `#{{print("value")}} must not match the pattern ${printValue(notMatch.source)}` });
    }
    return results;
  },
});
