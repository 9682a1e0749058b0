import { check } from './response-property-min-decreased.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minimum moved', before: withResponseSchema(object({ age: { type: 'integer', minimum: 1 } })), after: withResponseSchema(object({ age: { type: 'integer', minimum: 0 } })), expected: ['POST /pets: The minimum of the response property `age` for status 200 was lowered from 1 to 0'] },
  { name: 'other direction or unchanged', before: withResponseSchema(object({ age: { type: 'integer', minimum: 0 } })), after: withResponseSchema(object({ age: { type: 'integer', minimum: 1 } })), expected: [] },
]);
