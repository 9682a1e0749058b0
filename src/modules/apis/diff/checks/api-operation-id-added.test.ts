import { check } from './api-operation-id-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'added', before: operation({}), after: operation({ operationId: 'createPet' }), expected: ['POST /pets: Added the operation id `createPet`'] },
  { name: 'replaced is not added', before: operation({ operationId: 'a' }), after: operation({ operationId: 'b' }), expected: [] },
]);
