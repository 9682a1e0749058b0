import { check } from './response-header-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

const headers = (h: Record<string, object>) => operation({ responses: { '200': { description: 'ok', headers: h } } });
checkVectors(check, [
  { name: 'changed', before: headers({}), after: headers({ 'X-Request-Id': { schema: { type: 'string' } } }), expected: ['POST /pets: Added the response header `X-Request-Id` for status 200'] },
  { name: 'not this change', before: headers({ 'x-request-id': {} }), after: headers({ 'X-Request-ID': {} }), expected: [] },
]);
