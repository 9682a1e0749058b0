import { check } from './api-schema-added.js';
import { api, checkVectors } from '../testing/vectors.js';

const schemas = (...names: string[]) => api({}, { components: { schemas: Object.fromEntries(names.map((n) => [n, { type: 'object' }])) } });
checkVectors(check, [
  { name: 'schema added', before: schemas('Pet'), after: schemas('Pet', 'Toy'), expected: ['Added the reusable schema `Toy`'] },
  { name: 'schema removed', before: schemas('Pet', 'Toy'), after: schemas('Pet'), expected: [] },
]);
