import { check } from './request-path-parameter-renamed.js';
import { api, checkVectors } from '../testing/vectors.js';

const get = (name: string) => ({ get: { parameters: [{ name, in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } });
checkVectors(check, [
  { name: 'renamed', before: api({ '/pets/{id}': get('id') }), after: api({ '/pets/{petId}': get('petId') }), expected: ['GET /pets/{petId}: Renamed the path parameter `id` to `petId`'] },
  { name: 'same name', before: api({ '/pets/{id}': get('id') }), after: api({ '/pets/{id}': get('id') }), expected: [] },
]);
