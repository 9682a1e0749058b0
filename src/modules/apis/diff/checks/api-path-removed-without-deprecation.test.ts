import { check } from './api-path-removed-without-deprecation.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = { responses: { '200': { description: 'ok' } } };
checkVectors(check, [
  { name: 'path removed', before: api({ '/pets': { get }, '/toys': { get } }), after: api({ '/toys': { get } }), expected: ['GET /pets: Removed the endpoint (its whole path is gone) without deprecating it first'] },
  { name: 'only one method removed: not this check', before: api({ '/pets': { get, post: get } }), after: api({ '/pets': { get } }), expected: [] },
  { name: 'deprecated first', before: api({ '/pets': { get: { ...get, deprecated: true } } }), after: api({}), expected: [] },
]);
