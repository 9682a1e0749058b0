import { check } from './request-parameter-pattern-added.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'pattern added', before: withQuery({ type: 'string' }), after: withQuery({ type: 'string', pattern: '^[a-z]+$' }), expected: ['POST /pets: Added the pattern `^[a-z]+$` to the query parameter `limit`'] },
  { name: 'pattern removed', before: withQuery({ type: 'string', pattern: '^[a-z]+$' }), after: withQuery({ type: 'string' }), expected: [] },
]);
