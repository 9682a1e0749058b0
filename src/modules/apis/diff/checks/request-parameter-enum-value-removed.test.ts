import { check } from './request-parameter-enum-value-removed.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'value removed', before: withQuery({ type: 'string', enum: ['asc', 'desc'] }), after: withQuery({ type: 'string', enum: ['asc'] }), expected: ['POST /pets: Removed the value desc from the enum of the query parameter `limit`'] },
  { name: 'value added', before: withQuery({ type: 'string', enum: ['asc'] }), after: withQuery({ type: 'string', enum: ['asc', 'desc'] }), expected: [] },
]);
