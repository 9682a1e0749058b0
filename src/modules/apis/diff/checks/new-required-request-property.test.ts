import { check } from './new-required-request-property.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'required property added', before: withRequestSchema(object({ name: { type: 'string' } }, ['name'])), after: withRequestSchema(object({ name: { type: 'string' }, owner: { type: 'string' } }, ['name', 'owner'])), expected: ['POST /pets: Added the request property `owner`, which is required'] },
  { name: 'nested inside an array of objects', before: withRequestSchema(object({ tags: { type: 'array', items: object({ k: { type: 'string' } }) } })), after: withRequestSchema(object({ tags: { type: 'array', items: object({ k: { type: 'string' }, v: { type: 'string' } }, ['v']) } })), expected: ['POST /pets: Added the request property `tags/items/v`, which is required'] },
  { name: 'read-only properties are not sent by clients', before: withRequestSchema(object({})), after: withRequestSchema(object({ id: { type: 'string', readOnly: true } }, ['id'])), expected: [] },
  { name: 'moving properties into allOf is no change', before: withRequestSchema(object({ name: { type: 'string' } }, ['name'])), after: withRequestSchema({ allOf: [object({ name: { type: 'string' } }, ['name'])] }), expected: [] },
]);
