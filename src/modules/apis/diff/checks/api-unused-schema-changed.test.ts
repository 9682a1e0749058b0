import { check } from './api-unused-schema-changed.js';
import { api, checkVectors } from '../testing/vectors.js';

const doc = (eventType: string, petType: string) =>
  api(
    { '/pets': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } } } },
    { components: { schemas: { Pet: { type: 'object', properties: { id: { type: petType } } }, Event: { type: 'object', properties: { kind: { type: eventType } } } } } },
  );
checkVectors(check, [
  { name: 'unused schema changed', before: doc('string', 'string'), after: doc('integer', 'string'), expected: ['Changed the reusable schema `Event`, which no operation uses'] },
  { name: 'used schema changes are reported per operation instead', before: doc('string', 'string'), after: doc('string', 'integer'), expected: [] },
]);
