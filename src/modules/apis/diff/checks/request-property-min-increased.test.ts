import { check } from './request-property-min-increased.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minimum moved', before: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 0 } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 1 } }) })), expected: ['POST /pets: The minimum of the request property `pet/age` was raised from 0 to 1'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 1 } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 0 } }) })), expected: [] },
]);
