import { check } from './request-parameter-default-value-changed.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'default changed', before: withQuery({ type: 'integer', default: 20 }), after: withQuery({ type: 'integer', default: 50 }), expected: ['POST /pets: The default of the query parameter `limit` changed from 20 to 50'] },
  { name: 'same default', before: withQuery({ type: 'integer', default: 20 }), after: withQuery({ type: 'integer', default: 20 }), expected: [] },
]);
