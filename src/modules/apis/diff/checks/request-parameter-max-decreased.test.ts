import { check } from './request-parameter-max-decreased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maximum moved', before: withQuery({ type: 'integer', maximum: 100 }), after: withQuery({ type: 'integer', maximum: 50 }), expected: ['POST /pets: The maximum of the query parameter `limit` was lowered from 100 to 50'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'integer', maximum: 50 }), after: withQuery({ type: 'integer', maximum: 100 }), expected: [] },
]);
