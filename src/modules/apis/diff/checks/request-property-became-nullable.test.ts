import { check } from './request-property-became-nullable.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'became nullable', before: withRequestSchema(object({ note: { type: 'string' } })), after: withRequestSchema(object({ note: { type: ['string', 'null'] } })), expected: ['POST /pets: The request property `note` now accepts null'] },
  { name: 'not nullable any more', before: withRequestSchema(object({ note: { type: 'string', nullable: true } })), after: withRequestSchema(object({ note: { type: 'string' } })), expected: [] },
]);
