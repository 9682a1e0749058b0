import { check } from './endpoint-reactivated.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'undeprecated', before: operation({ deprecated: true }), after: operation({}), expected: ['POST /pets: The endpoint is no longer deprecated'] },
  { name: 'still deprecated', before: operation({ deprecated: true }), after: operation({ deprecated: true }), expected: [] },
]);
