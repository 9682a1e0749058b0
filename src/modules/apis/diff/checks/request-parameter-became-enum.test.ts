import { check } from './request-parameter-became-enum.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'restricted', before: withQuery({ type: 'string' }), after: withQuery({ type: 'string', enum: ['asc', 'desc'] }), expected: ['POST /pets: The query parameter `limit` was restricted to the values asc, desc'] },
  { name: 'already an enum', before: withQuery({ type: 'string', enum: ['asc'] }), after: withQuery({ type: 'string', enum: ['asc', 'desc'] }), expected: [] },
]);
