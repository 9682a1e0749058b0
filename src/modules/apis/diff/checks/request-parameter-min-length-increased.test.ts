import { check } from './request-parameter-min-length-increased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minLength moved', before: withQuery({ type: 'string', minLength: 1 }), after: withQuery({ type: 'string', minLength: 3 }), expected: ['POST /pets: The minLength of the query parameter `limit` was raised from 1 to 3'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'string', minLength: 3 }), after: withQuery({ type: 'string', minLength: 1 }), expected: [] },
]);
