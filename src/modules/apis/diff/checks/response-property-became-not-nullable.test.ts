import { check } from './response-property-became-not-nullable.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'no longer null', before: withResponseSchema(object({ owner: { type: 'string', nullable: true } })), after: withResponseSchema(object({ owner: { type: 'string' } })), expected: ['POST /pets: The response property `owner` for status 200 is no longer null'] },
  { name: 'became nullable', before: withResponseSchema(object({ owner: { type: 'string' } })), after: withResponseSchema(object({ owner: { type: 'string', nullable: true } })), expected: [] },
]);
