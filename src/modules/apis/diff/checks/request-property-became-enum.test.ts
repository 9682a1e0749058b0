import { check } from './request-property-became-enum.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'restricted', before: withRequestSchema(object({ kind: { type: 'string' } })), after: withRequestSchema(object({ kind: { type: 'string', enum: ['cat', 'dog'] } })), expected: ['POST /pets: The request property `kind` was restricted to the values cat, dog'] },
  { name: '3.1 const counts as a one-value enum', before: withRequestSchema(object({ kind: { type: 'string' } })), after: withRequestSchema(object({ kind: { const: 'cat' } })), expected: ['POST /pets: The request property `kind` was restricted to the values cat'] },
  { name: 'unchanged', before: withRequestSchema(object({ kind: { type: 'string' } })), after: withRequestSchema(object({ kind: { type: 'string' } })), expected: [] },
]);
