import { check } from './response-property-added.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'field added', before: withResponseSchema(object({})), after: withResponseSchema(object({ color: { type: 'string' } })), expected: ['POST /pets: Added the response property `color` for status 200'] },
  { name: 'required field added', before: withResponseSchema(object({})), after: withResponseSchema(object({ color: { type: 'string' } }, ['color'])), expected: ['POST /pets: Added the response property `color` for status 200 (always present)'] },
  { name: 'unchanged', before: withResponseSchema(object({ color: { type: 'string' } })), after: withResponseSchema(object({ color: { type: 'string' } })), expected: [] },
]);
