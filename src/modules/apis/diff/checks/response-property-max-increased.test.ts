import { check } from './response-property-max-increased.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maximum moved', before: withResponseSchema(object({ age: { type: 'integer', maximum: 5 } })), after: withResponseSchema(object({ age: { type: 'integer', maximum: 9 } })), expected: ['POST /pets: The maximum of the response property `age` for status 200 was raised from 5 to 9'] },
  { name: 'other direction or unchanged', before: withResponseSchema(object({ age: { type: 'integer', maximum: 9 } })), after: withResponseSchema(object({ age: { type: 'integer', maximum: 5 } })), expected: [] },
]);
