import { check } from './request-property-became-required.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'became required', before: withRequestSchema(object({ name: { type: 'string' } })), after: withRequestSchema(object({ name: { type: 'string' } }, ['name'])), expected: ['POST /pets: The request property `name` became required'] },
  { name: 'became optional', before: withRequestSchema(object({ name: { type: 'string' } }, ['name'])), after: withRequestSchema(object({ name: { type: 'string' } })), expected: [] },
]);
