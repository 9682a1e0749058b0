import { check } from './api-security-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'security dropped', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [] }), expected: ['POST /pets: The endpoint no longer uses the security scheme `apiKey`'] },
  { name: 'unchanged', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [{ apiKey: [] }] }), expected: [] },
]);
