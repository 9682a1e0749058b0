import { check } from './request-parameter-min-items-increased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minItems moved', before: withQuery({ type: 'array', minItems: 0 }), after: withQuery({ type: 'array', minItems: 1 }), expected: ['POST /pets: The minItems of the query parameter `limit` was raised from 0 to 1'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'array', minItems: 1 }), after: withQuery({ type: 'array' }), expected: [] },
]);
