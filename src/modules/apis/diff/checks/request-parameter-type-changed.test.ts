import { check } from './request-parameter-type-changed.js';
import { checkVectors, withParameters, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'string to integer', before: withQuery({ type: 'string' }), after: withQuery({ type: 'integer' }), expected: ['POST /pets: The query parameter `limit` changed type from string to integer'] },
  { name: 'number narrowed to integer', before: withQuery({ type: 'number' }), after: withQuery({ type: 'integer' }), expected: ['POST /pets: The query parameter `limit` changed type from number to integer'] },
  { name: 'format changed', before: withQuery({ type: 'string', format: 'uuid' }), after: withQuery({ type: 'string', format: 'date' }), expected: ['POST /pets: The query parameter `limit` changed type from string (uuid) to string (date)'] },
  { name: 'swagger 2 parameters carry the type themselves', before: { swagger: '2.0', info: {}, paths: { '/pets': { get: { parameters: [{ name: 'limit', in: 'query', type: 'string' }], responses: {} } } } }, after: { swagger: '2.0', info: {}, paths: { '/pets': { get: { parameters: [{ name: 'limit', in: 'query', type: 'boolean' }], responses: {} } } } }, expected: ['GET /pets: The query parameter `limit` changed type from string to boolean'] },
  { name: 'integer widened to number is not breaking', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'number' }), expected: [] },
  { name: 'unchanged', before: withParameters({ name: 'limit', in: 'query', schema: { type: 'integer' } }), after: withQuery({ type: 'integer' }), expected: [] },
]);
