import { defineCoreFunction, noOptions } from './core-function.js';

/** The value must be absent. */
export const undefinedFunction = defineCoreFunction({
  name: 'undefined',
  optionsSchema: null,
  parse: noOptions,
  run: (value) => (value === undefined ? undefined : [{ message: '#{{print("property")}}must be undefined' }]),
});
