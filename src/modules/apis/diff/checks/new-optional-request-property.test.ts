import { check } from './new-optional-request-property.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'optional property added', before: withRequestSchema(object({})), after: withRequestSchema(object({ nick: { type: 'string' } })), expected: ['POST /pets: Added the request property `nick` (optional)'] },
  { name: 'required property added', before: withRequestSchema(object({})), after: withRequestSchema(object({ nick: { type: 'string' } }, ['nick'])), expected: [] },
]);
