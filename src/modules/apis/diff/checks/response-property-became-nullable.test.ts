import { check } from './response-property-became-nullable.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'may be null now (3.0)', before: withResponseSchema(object({ owner: { type: 'string' } })), after: withResponseSchema(object({ owner: { type: 'string', nullable: true } })), expected: ['POST /pets: The response property `owner` for status 200 may now be null'] },
  { name: 'may be null now (3.1 anyOf)', before: withResponseSchema(object({ owner: { type: 'string' } })), after: withResponseSchema(object({ owner: { anyOf: [{ type: 'string' }, { type: 'null' }] } })), expected: ['POST /pets: The response property `owner` for status 200 may now be null'] },
  { name: 'no longer null', before: withResponseSchema(object({ owner: { type: 'string', nullable: true } })), after: withResponseSchema(object({ owner: { type: 'string' } })), expected: [] },
]);
