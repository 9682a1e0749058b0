import { check } from './request-parameter-min-increased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minimum moved', before: withQuery({ type: 'integer', minimum: 0 }), after: withQuery({ type: 'integer', minimum: 0, exclusiveMinimum: true }), expected: ['POST /pets: The minimum of the query parameter `limit` was raised from 0 to 0 (exclusive)'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'integer', minimum: 5 }), after: withQuery({ type: 'integer', minimum: 1 }), expected: [] },
]);
