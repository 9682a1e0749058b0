import { check } from './api-removed-with-deprecation.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = { responses: { '200': { description: 'ok' } } };
checkVectors(check, [
  { name: 'deprecated, sunset passed', before: api({ '/pets': { get: { ...get, deprecated: true, 'x-sunset': '2026-06-01' } } }), after: api({}), expected: ['GET /pets: Removed the deprecated endpoint (sunset 2026-06-01)'] },
  { name: 'deprecated without sunset', before: api({ '/pets': { get, post: { ...get, deprecated: true } } }), after: api({ '/pets': { get } }), expected: ['POST /pets: Removed the deprecated endpoint'] },
  { name: 'not deprecated', before: api({ '/pets': { get } }), after: api({}), expected: [] },
]);
