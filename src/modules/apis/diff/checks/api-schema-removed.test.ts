import { check } from './api-schema-removed.js';
import { api, checkVectors } from '../testing/vectors.js';

const schemas = (...names: string[]) => api({}, { components: { schemas: Object.fromEntries(names.map((n) => [n, { type: 'object' }])) } });
checkVectors(check, [
  { name: 'schema removed', before: schemas('Pet', 'LegacyPet'), after: schemas('Pet'), expected: ['Removed the reusable schema `LegacyPet`'] },
  { name: 'swagger 2 definitions', before: { swagger: '2.0', info: {}, paths: {}, definitions: { Pet: {} } }, after: { swagger: '2.0', info: {}, paths: {}, definitions: {} }, expected: ['Removed the reusable schema `Pet`'] },
  { name: 'schema added', before: schemas('Pet'), after: schemas('Pet', 'Toy'), expected: [] },
]);
