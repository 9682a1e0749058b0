import { check } from './new-optional-request-parameter.js';
import { checkVectors, withParameters } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'optional added', before: withParameters(), after: withParameters({ name: 'q', in: 'query', schema: { type: 'string' } }), expected: ['POST /pets: Added the query parameter `q` (optional)'] },
  { name: 'required added', before: withParameters(), after: withParameters({ name: 'q', in: 'query', required: true, schema: { type: 'string' } }), expected: [] },
]);
