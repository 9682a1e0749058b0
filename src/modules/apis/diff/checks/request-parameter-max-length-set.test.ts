import { check } from './request-parameter-max-length-set.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxLength moved', before: withQuery({ type: 'string' }), after: withQuery({ type: 'string', maxLength: 32 }), expected: ['POST /pets: The maxLength of the query parameter `limit` was set to 32'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'string', maxLength: 32 }), after: withQuery({ type: 'string', maxLength: 32 }), expected: [] },
]);
