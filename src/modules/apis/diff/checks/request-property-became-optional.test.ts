import { check } from './request-property-became-optional.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'became optional', before: withRequestSchema(object({ name: { type: 'string' } }, ['name'])), after: withRequestSchema(object({ name: { type: 'string' } })), expected: ['POST /pets: The request property `name` became optional'] },
  { name: 'became required', before: withRequestSchema(object({ name: { type: 'string' } })), after: withRequestSchema(object({ name: { type: 'string' } }, ['name'])), expected: [] },
]);
