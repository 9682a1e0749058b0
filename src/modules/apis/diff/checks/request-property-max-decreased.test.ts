import { check } from './request-property-max-decreased.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maximum moved', before: withRequestSchema(object({ pet: object({ age: { type: 'integer', maximum: 30 } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', maximum: 20 } }) })), expected: ['POST /pets: The maximum of the request property `pet/age` was lowered from 30 to 20'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ age: { type: 'integer', maximum: 20 } }) })), after: withRequestSchema(object({ pet: object({ age: { type: 'integer', maximum: 30 } }) })), expected: [] },
]);
