import { check } from './request-property-became-not-nullable.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'nullable dropped', before: withRequestSchema(object({ note: { type: 'string', nullable: true } })), after: withRequestSchema(object({ note: { type: 'string' } })), expected: ['POST /pets: The request property `note` no longer accepts null'] },
  { name: '3.1 anyOf null branch dropped', before: withRequestSchema(object({ note: { anyOf: [{ type: 'string' }, { type: 'null' }] } })), after: withRequestSchema(object({ note: { anyOf: [{ type: 'string' }] } })), expected: ['POST /pets: The request property `note` no longer accepts null'] },
  { name: 'became nullable', before: withRequestSchema(object({ note: { type: 'string' } })), after: withRequestSchema(object({ note: { type: 'string', nullable: true } })), expected: [] },
]);
