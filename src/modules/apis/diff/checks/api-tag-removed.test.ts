import { check } from './api-tag-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'tag removed', before: operation({ tags: ['pets', 'store'] }), after: operation({ tags: ['pets'] }), expected: ['POST /pets: Removed the tag `store`'] },
  { name: 'same tags', before: operation({ tags: ['pets'] }), after: operation({ tags: ['pets'] }), expected: [] },
]);
