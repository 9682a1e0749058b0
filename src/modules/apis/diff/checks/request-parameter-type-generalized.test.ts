import { check } from './request-parameter-type-generalized.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'integer to number', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'number' }), expected: ['POST /pets: The query parameter `limit` was widened from integer to number'] },
  { name: 'string to string or integer (3.1)', before: withQuery({ type: 'string' }), after: withQuery({ type: ['string', 'integer'] }), expected: ['POST /pets: The query parameter `limit` was widened from string to string|integer'] },
  { name: 'narrowed is not this check', before: withQuery({ type: 'number' }), after: withQuery({ type: 'integer' }), expected: [] },
]);
