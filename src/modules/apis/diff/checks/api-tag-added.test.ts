import { check } from './api-tag-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'tag added', before: operation({ tags: ['pets'] }), after: operation({ tags: ['pets', 'store'] }), expected: ['POST /pets: Added the tag `store`'] },
  { name: 'same tags', before: operation({ tags: ['pets'] }), after: operation({ tags: ['pets'] }), expected: [] },
]);
