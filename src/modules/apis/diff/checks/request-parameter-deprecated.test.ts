import { check } from './request-parameter-deprecated.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'deprecated', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'integer' }, { deprecated: true }), expected: ['POST /pets: Deprecated the query parameter `limit`'] },
  { name: 'unchanged', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'integer' }), expected: [] },
]);
