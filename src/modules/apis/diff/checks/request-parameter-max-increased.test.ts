import { check } from './request-parameter-max-increased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maximum moved', before: withQuery({ type: 'integer', maximum: 50 }), after: withQuery({ type: 'integer', exclusiveMaximum: 100 }), expected: ['POST /pets: The maximum of the query parameter `limit` was raised from 50 to 100 (exclusive)'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'integer', maximum: 100 }), after: withQuery({ type: 'integer', maximum: 50 }), expected: [] },
]);
