import { check } from './request-parameter-enum-value-added.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'value added', before: withQuery({ type: 'string', enum: ['asc'] }), after: withQuery({ type: 'string', enum: ['asc', 'desc'] }), expected: ['POST /pets: Added the value desc to the enum of the query parameter `limit`'] },
  { name: 'value removed', before: withQuery({ type: 'string', enum: ['asc', 'desc'] }), after: withQuery({ type: 'string', enum: ['asc'] }), expected: [] },
]);
