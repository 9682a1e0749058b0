import { check } from './response-property-type-changed.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'integer to string', before: withResponseSchema(object({ age: { type: 'integer' } })), after: withResponseSchema(object({ age: { type: 'string' } })), expected: ['POST /pets: The response property `age` for status 200 changed type from integer to string'] },
  { name: 'integer widened to number breaks readers', before: withResponseSchema(object({ age: { type: 'integer' } })), after: withResponseSchema(object({ age: { type: 'number' } })), expected: ['POST /pets: The response property `age` for status 200 changed type from integer to number'] },
  { name: 'narrowing a response is safe', before: withResponseSchema(object({ age: { type: 'number' } })), after: withResponseSchema(object({ age: { type: 'integer' } })), expected: [] },
]);
