import { check } from './request-property-min-set.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minimum moved', before: withRequestSchema(object({ pet: object({ age: { type: 'integer' } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 1 } }) })), expected: ['POST /pets: The minimum of the request property `pet/age` was set to 1'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 1 } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', minimum: 1 } }) })), expected: [] },
]);
