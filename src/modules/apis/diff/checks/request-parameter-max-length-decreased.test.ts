import { check } from './request-parameter-max-length-decreased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxLength moved', before: withQuery({ type: 'string', maxLength: 64 }), after: withQuery({ type: 'string', maxLength: 32 }), expected: ['POST /pets: The maxLength of the query parameter `limit` was lowered from 64 to 32'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'string', maxLength: 32 }), after: withQuery({ type: 'string', maxLength: 64 }), expected: [] },
]);
