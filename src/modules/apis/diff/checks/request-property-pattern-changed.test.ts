import { check } from './request-property-pattern-changed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'pattern changed', before: withRequestSchema(object({ code: { type: 'string', pattern: '^[A-Z]+$' } })), after: withRequestSchema(object({ code: { type: 'string', pattern: '^[A-Z]{3}$' } })), expected: ['POST /pets: Changed the pattern of the request property `code` from `^[A-Z]+$` to `^[A-Z]{3}$`'] },
  { name: 'pattern added is another check', before: withRequestSchema(object({ code: { type: 'string' } })), after: withRequestSchema(object({ code: { type: 'string', pattern: '^a$' } })), expected: [] },
]);
