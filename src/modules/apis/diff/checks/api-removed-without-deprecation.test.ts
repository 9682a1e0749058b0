import { check } from './api-removed-without-deprecation.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = { responses: { '200': { description: 'ok' } } };
checkVectors(check, [
  { name: 'method removed', before: api({ '/pets': { get, post: get } }), after: api({ '/pets': { get } }), expected: ['POST /pets: Removed the endpoint without deprecating it first'] },
  { name: 'whole path removed: reported by the path check', before: api({ '/pets': { get } }), after: api({}), expected: [] },
  { name: 'renamed path parameter is the same endpoint', before: api({ '/pets/{id}': { get } }), after: api({ '/pets/{petId}': { get } }), expected: [] },
]);
