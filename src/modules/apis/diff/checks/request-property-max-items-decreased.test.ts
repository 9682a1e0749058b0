import { check } from './request-property-max-items-decreased.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxItems moved', before: withRequestSchema(object({ tags: { type: 'array', items: { type: 'string' }, maxItems: 10 } })), after: withRequestSchema(object({ tags: { type: 'array', items: { type: 'string' }, maxItems: 3 } })), expected: ['POST /pets: The maxItems of the request property `tags` was lowered from 10 to 3'] },
  { name: 'other direction or unchanged', before: withRequestSchema(object({ tags: { type: 'array', maxItems: 3 } })), after: withRequestSchema(object({ tags: { type: 'array' } })), expected: [] },
]);
