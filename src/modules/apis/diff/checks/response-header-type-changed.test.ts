import { check } from './response-header-type-changed.js';
import { checkVectors, operation } from '../testing/vectors.js';

const headers = (h: Record<string, object>) => operation({ responses: { '200': { description: 'ok', headers: h } } });
checkVectors(check, [
  { name: 'changed', before: headers({ 'X-Rate-Limit': { schema: { type: 'integer' } } }), after: headers({ 'X-Rate-Limit': { schema: { type: 'string' } } }), expected: ['POST /pets: The response header `X-Rate-Limit` for status 200 changed type from integer to string'] },
  { name: 'not this change', before: headers({ 'X-Rate-Limit': { schema: { type: 'number' } } }), after: headers({ 'X-Rate-Limit': { schema: { type: 'integer' } } }), expected: [] },
]);
