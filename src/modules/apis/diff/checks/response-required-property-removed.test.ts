import { check } from './response-required-property-removed.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'required field dropped', before: withResponseSchema(object({ id: { type: 'string' }, name: { type: 'string' } }, ['id', 'name'])), after: withResponseSchema(object({ id: { type: 'string' } }, ['id'])), expected: ['POST /pets: Removed the response property `name` for status 200, which was always present'] },
  { name: 'write-only fields never came back', before: withResponseSchema(object({ pw: { type: 'string', writeOnly: true } }, ['pw'])), after: withResponseSchema(object({})), expected: [] },
  { name: 'optional field dropped is not this check', before: withResponseSchema(object({ name: { type: 'string' } })), after: withResponseSchema(object({})), expected: [] },
]);
