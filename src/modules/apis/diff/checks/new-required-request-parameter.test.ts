import { check } from './new-required-request-parameter.js';
import { checkVectors, withParameters } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'required header added', before: withParameters(), after: withParameters({ name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } }), expected: ['POST /pets: Added the header parameter `X-Tenant`, which is required'] },
  { name: 'optional added', before: withParameters(), after: withParameters({ name: 'q', in: 'query', schema: { type: 'string' } }), expected: [] },
]);
