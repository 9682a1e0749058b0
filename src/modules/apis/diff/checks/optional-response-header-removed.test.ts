import { check } from './optional-response-header-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

const headers = (h: Record<string, object>) => operation({ responses: { '200': { description: 'ok', headers: h } } });
checkVectors(check, [
  { name: 'changed', before: headers({ 'X-Rate-Limit': { schema: { type: 'integer' } } }), after: headers({}), expected: ['POST /pets: Removed the response header `X-Rate-Limit` for status 200'] },
  { name: 'not this change', before: headers({ 'X-Rate-Limit': { required: true } }), after: headers({}), expected: [] },
]);
