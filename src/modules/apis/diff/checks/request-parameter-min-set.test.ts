import { check } from './request-parameter-min-set.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minimum moved', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'integer', minimum: 1 }), expected: ['POST /pets: The minimum of the query parameter `limit` was set to 1'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'integer', minimum: 1 }), after: withQuery({ type: 'integer' }), expected: [] },
]);
