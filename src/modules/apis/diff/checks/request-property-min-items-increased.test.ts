import { check } from './request-property-min-items-increased.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'minItems moved', before: withRequestSchema(object({ tags: { type: 'array', items: { type: 'string' }, minItems: 0 } })), after: withRequestSchema(object({ tags: { type: 'array', items: { type: 'string' }, minItems: 1 } })), expected: ['POST /pets: The minItems of the request property `tags` was raised from 0 to 1'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ tags: { type: 'array', minItems: 2 } })), after: withRequestSchema(object({ tags: { type: 'array', minItems: 1 } })), expected: [] },
]);
