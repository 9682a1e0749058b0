import { check } from './response-optional-property-removed.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'optional field dropped', before: withResponseSchema(object({ nick: { type: 'string' } })), after: withResponseSchema(object({})), expected: ['POST /pets: Removed the response property `nick` for status 200'] },
  { name: 'unchanged', before: withResponseSchema(object({ nick: { type: 'string' } })), after: withResponseSchema(object({ nick: { type: 'string' } })), expected: [] },
]);
