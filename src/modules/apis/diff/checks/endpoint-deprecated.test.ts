import { check } from './endpoint-deprecated.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'deprecated with sunset', before: operation({}), after: operation({ deprecated: true, 'x-sunset': '2027-01-01' }), expected: ['POST /pets: Deprecated the endpoint with sunset 2027-01-01'] },
  { name: 'deprecated without sunset', before: operation({}), after: operation({ deprecated: true }), expected: ['POST /pets: Deprecated the endpoint (no sunset date announced)'] },
  { name: 'already deprecated', before: operation({ deprecated: true }), after: operation({ deprecated: true }), expected: [] },
]);
