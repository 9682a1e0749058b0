import { defineCoreFunction, noOptions } from './core-function.js';

/** The value must be truthy (JavaScript truthiness, like Spectral). */
export const truthy = defineCoreFunction({
  name: 'truthy',
  optionsSchema: null,
  parse: noOptions,
  run: (value) => (value ? undefined : [{ message: '#{{print("property")}}must be truthy' }]),
});
