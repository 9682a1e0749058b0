import { check } from './request-parameter-max-items-decreased.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'maxItems moved', before: withQuery({ type: 'array', items: { type: 'string' }, maxItems: 10 }), after: withQuery({ type: 'array', items: { type: 'string' }, maxItems: 5 }), expected: ['POST /pets: The maxItems of the query parameter `limit` was lowered from 10 to 5'] },
  { name: 'other direction or unchanged', before: withQuery({ type: 'array', maxItems: 5 }), after: withQuery({ type: 'array', maxItems: 10 }), expected: [] },
]);
