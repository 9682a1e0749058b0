import { check } from './request-property-type-generalized.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'integer to number', before: withRequestSchema(object({ age: { type: 'integer' } })), after: withRequestSchema(object({ age: { type: 'number' } })), expected: ['POST /pets: The request property `age` was widened from integer to number'] },
  { name: 'narrowed', before: withRequestSchema(object({ age: { type: 'number' } })), after: withRequestSchema(object({ age: { type: 'integer' } })), expected: [] },
]);
