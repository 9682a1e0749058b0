import { check } from './request-property-additional-properties-restricted.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'closed with false', before: withRequestSchema(object({ labels: { type: 'object' } })), after: withRequestSchema(object({ labels: { type: 'object', additionalProperties: false } })), expected: ['POST /pets: The request property `labels` no longer accepts properties other than those listed'] },
  { name: 'constrained by a schema', before: withRequestSchema(object({ labels: { type: 'object' } })), after: withRequestSchema(object({ labels: { type: 'object', additionalProperties: { type: 'string' } } })), expected: ['POST /pets: The request property `labels` now constrains its additional properties by a schema'] },
  { name: 'opened up', before: withRequestSchema(object({ labels: { type: 'object', additionalProperties: false } })), after: withRequestSchema(object({ labels: { type: 'object' } })), expected: [] },
]);
