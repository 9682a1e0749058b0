import { check } from './api-path-removed-before-sunset.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = { responses: { '200': { description: 'ok' } } };
checkVectors(check, [
  {
    name: 'removed before the announced sunset',
    before: api({ '/pets': { get: { ...get, deprecated: true, 'x-sunset': '2027-03-01' } } }),
    after: api({}),
    expected: ['GET /pets: Removed the endpoint (its whole path is gone) before its announced sunset 2027-03-01'],
  },
  { name: 'sunset passed', before: api({ '/pets': { get: { ...get, deprecated: true, 'x-sunset': '2026-01-01' } } }), after: api({}), expected: [] },
]);
