import { check } from './api-removed-before-sunset.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = { responses: { '200': { description: 'ok' } } };
const sunsetHeader = { responses: { '200': { description: 'ok', headers: { Sunset: { schema: { type: 'string', example: 'Sat, 01 May 2027 00:00:00 GMT' } } } } } };
checkVectors(check, [
  {
    name: 'removed before x-sunset',
    before: api({ '/pets': { get, post: { ...get, deprecated: true, 'x-sunset': '2027-03-01' } } }),
    after: api({ '/pets': { get } }),
    expected: ['POST /pets: Removed the endpoint before its announced sunset 2027-03-01'],
  },
  {
    name: 'sunset announced by a documented Sunset header (RFC 8594)',
    before: api({ '/pets': { get, post: { ...sunsetHeader, deprecated: true } } }),
    after: api({ '/pets': { get } }),
    expected: ['POST /pets: Removed the endpoint before its announced sunset Sat, 01 May 2027 00:00:00 GMT'],
  },
  { name: 'after the sunset', before: api({ '/pets': { get, post: { ...get, deprecated: true, 'x-sunset': '2026-06-01' } } }), after: api({ '/pets': { get } }), expected: [] },
]);
