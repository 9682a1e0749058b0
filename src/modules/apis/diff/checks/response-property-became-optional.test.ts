import { check } from './response-property-became-optional.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'no longer guaranteed', before: withResponseSchema(object({ id: { type: 'string' } }, ['id'])), after: withResponseSchema(object({ id: { type: 'string' } })), expected: ['POST /pets: The response property `id` for status 200 is no longer always present (became optional)'] },
  { name: 'became required', before: withResponseSchema(object({ id: { type: 'string' } })), after: withResponseSchema(object({ id: { type: 'string' } }, ['id'])), expected: [] },
]);
