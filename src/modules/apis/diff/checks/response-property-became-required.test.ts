import { check } from './response-property-became-required.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'now guaranteed', before: withResponseSchema(object({ id: { type: 'string' } })), after: withResponseSchema(object({ id: { type: 'string' } }, ['id'])), expected: ['POST /pets: The response property `id` for status 200 is now always present (became required)'] },
  { name: 'became optional', before: withResponseSchema(object({ id: { type: 'string' } }, ['id'])), after: withResponseSchema(object({ id: { type: 'string' } })), expected: [] },
]);
