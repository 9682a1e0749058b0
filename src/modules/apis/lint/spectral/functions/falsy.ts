import { defineCoreFunction, noOptions } from './core-function.js';

/** The value must be falsy. */
export const falsy = defineCoreFunction({
  name: 'falsy',
  optionsSchema: null,
  parse: noOptions,
  run: (value) => (value ? [{ message: '#{{print("property")}}must be falsy' }] : undefined),
});
