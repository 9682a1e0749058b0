import { check } from './request-property-max-length-set.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxLength moved', before: withRequestSchema(object({ pet: object({ name: { type: 'string' } }) })), after: withRequestSchema(object({ pet: object({ name: { type: 'string', maxLength: 10 } }) })), expected: ['POST /pets: The maxLength of the request property `pet/name` was set to 10'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ name: { type: 'string', maxLength: 10 } }) })), after: withRequestSchema(object({ pet: object({ name: { type: 'string' } }) })), expected: [] },
]);
