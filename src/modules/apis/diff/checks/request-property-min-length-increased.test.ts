import { check } from './request-property-min-length-increased.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minLength moved', before: withRequestSchema(object({ pet: object({ name: { type: 'string' , minLength: 1 } }) })), after: withRequestSchema(object({ pet: object({ name: { type: 'string', minLength: 2 } }) })), expected: ['POST /pets: The minLength of the request property `pet/name` was raised from 1 to 2'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ name: { type: 'string', minLength: 2 } }) })), after: withRequestSchema(object({ pet: object({ name: { type: 'string' } }) })), expected: [] },
]);
