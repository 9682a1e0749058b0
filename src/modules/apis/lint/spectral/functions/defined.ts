import { defineCoreFunction, noOptions } from './core-function.js';

/** The value must be present. */
export const defined = defineCoreFunction({
  name: 'defined',
  optionsSchema: null,
  parse: noOptions,
  run: (value) => (value === undefined ? [{ message: '#{{print("property")}}must be defined' }] : undefined),
});
