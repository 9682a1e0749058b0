import { check } from './request-property-pattern-added.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'pattern added', before: withRequestSchema(object({ code: { type: 'string' } })), after: withRequestSchema(object({ code: { type: 'string', pattern: '^[A-Z]{3}$' } })), expected: ['POST /pets: Added the pattern `^[A-Z]{3}$` to the request property `code`'] },
  { name: 'pattern removed', before: withRequestSchema(object({ code: { type: 'string', pattern: '^[A-Z]{3}$' } })), after: withRequestSchema(object({ code: { type: 'string' } })), expected: [] },
]);
