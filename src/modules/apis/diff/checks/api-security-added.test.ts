import { check } from './api-security-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'anonymous endpoint now needs a key', before: operation({}), after: operation({ security: [{ apiKey: [] }] }), expected: ['POST /pets: The endpoint now requires authentication: apiKey'] },
  { name: 'global security now applies', before: operation({}), after: operation({}, { security: [{ oauth: ['pets:write'] }] }), expected: ['POST /pets: The endpoint now requires authentication: oauth [pets:write]'] },
  { name: 'anonymous still allowed as an alternative', before: operation({}), after: operation({ security: [{}, { apiKey: [] }] }), expected: [] },
  { name: 'already secured', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [{ apiKey: [] }] }), expected: [] },
]);
