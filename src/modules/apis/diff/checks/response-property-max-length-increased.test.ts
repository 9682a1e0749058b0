import { check } from './response-property-max-length-increased.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxLength moved', before: withResponseSchema(object({ age: { type: 'string', maxLength: 5 } })), after: withResponseSchema(object({ age: { type: 'string', maxLength: 9 } })), expected: ['POST /pets: The maxLength of the response property `age` for status 200 was raised from 5 to 9'] },
  { name: 'other direction or unchanged', before: withResponseSchema(object({ age: { type: 'string', maxLength: 9 } })), after: withResponseSchema(object({ age: { type: 'string', maxLength: 5 } })), expected: [] },
]);
