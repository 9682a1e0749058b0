import { check } from './request-property-removed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'property removed', before: withRequestSchema(object({ name: { type: 'string' }, nick: { type: 'string' } })), after: withRequestSchema(object({ name: { type: 'string' } })), expected: ['POST /pets: Removed the request property `nick`'] },
  { name: 'unchanged', before: withRequestSchema(object({ name: { type: 'string' } })), after: withRequestSchema(object({ name: { type: 'string' } })), expected: [] },
]);
