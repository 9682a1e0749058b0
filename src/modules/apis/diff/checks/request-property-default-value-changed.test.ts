import { check } from './request-property-default-value-changed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'default changed', before: withRequestSchema(object({ size: { type: 'string', default: 'small' } })), after: withRequestSchema(object({ size: { type: 'string', default: 'large' } })), expected: ['POST /pets: The default of the request property `size` changed from small to large'] },
  { name: 'same default', before: withRequestSchema(object({ size: { type: 'string', default: 'small' } })), after: withRequestSchema(object({ size: { type: 'string', default: 'small' } })), expected: [] },
]);
