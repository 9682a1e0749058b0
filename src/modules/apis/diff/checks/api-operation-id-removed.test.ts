import { check } from './api-operation-id-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'replaced', before: operation({ operationId: 'createPet' }), after: operation({ operationId: 'addPet' }), expected: ['POST /pets: The operation id `createPet` was replaced with `addPet`'] },
  { name: 'removed', before: operation({ operationId: 'createPet' }), after: operation({}), expected: ['POST /pets: The operation id `createPet` was removed'] },
  { name: 'same', before: operation({ operationId: 'createPet' }), after: operation({ operationId: 'createPet' }), expected: [] },
]);
