import { check } from './request-parameter-became-not-nullable.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: '3.0 nullable dropped', before: withQuery({ type: 'string', nullable: true }), after: withQuery({ type: 'string' }), expected: ['POST /pets: The query parameter `limit` no longer accepts null'] },
  { name: '3.1 null type dropped', before: withQuery({ type: ['string', 'null'] }), after: withQuery({ type: 'string' }), expected: ['POST /pets: The query parameter `limit` no longer accepts null'] },
  { name: 'became nullable', before: withQuery({ type: 'string' }), after: withQuery({ type: 'string', nullable: true }), expected: [] },
]);
