import { check } from './endpoint-added.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = { responses: { '200': { description: 'ok' } } };
checkVectors(check, [
  { name: 'new operation', before: api({ '/pets': { get } }), after: api({ '/pets': { get, delete: get } }), expected: ['DELETE /pets: Added the endpoint'] },
  { name: 'unchanged', before: api({ '/pets': { get } }), after: api({ '/pets': { get } }), expected: [] },
]);
