import { check } from './request-property-max-set.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maximum moved', before: withRequestSchema(object({ pet: object({ age: { type: 'integer' } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', maximum: 20 } }) })), expected: ['POST /pets: The maximum of the request property `pet/age` was set to 20'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ age: { type: 'integer', maximum: 20 } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer' } }) })), expected: [] },
]);
