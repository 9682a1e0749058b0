import { check } from './request-property-max-length-decreased.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxLength moved', before: withRequestSchema(object({ pet: object({ name: { type: 'string', maxLength: 64 } }) })), after: withRequestSchema(object({ pet: object({ name: { type: 'string', maxLength: 10 } }) })), expected: ['POST /pets: The maxLength of the request property `pet/name` was lowered from 64 to 10'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ pet: object({ name: { type: 'string', maxLength: 10 } }) })), after: withRequestSchema(object({ pet: object({ name: { type: 'string', maxLength: 64 } }) })), expected: [] },
]);
