import { check } from './request-parameter-pattern-changed.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'pattern changed', before: withQuery({ type: 'string', pattern: '^[a-z]+$' }), after: withQuery({ type: 'string', pattern: '^[a-z]{2,}$' }), expected: ['POST /pets: Changed the pattern of the query parameter `limit` from `^[a-z]+$` to `^[a-z]{2,}$`'] },
  { name: 'same', before: withQuery({ type: 'string', pattern: '^a$' }), after: withQuery({ type: 'string', pattern: '^a$' }), expected: [] },
]);
