import { check } from './api-security-scope-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'extra scope', before: operation({ security: [{ oauth: ['read'] }] }), after: operation({ security: [{ oauth: ['read', 'write'] }] }), expected: ['POST /pets: The endpoint now requires the scope `write` of the security scheme `oauth`'] },
  { name: 'scope removed is fine', before: operation({ security: [{ oauth: ['read', 'write'] }] }), after: operation({ security: [{ oauth: ['read'] }] }), expected: [] },
  { name: 'old alternative kept', before: operation({ security: [{ oauth: ['read'] }] }), after: operation({ security: [{ oauth: ['read'] }, { oauth: ['read', 'write'] }] }), expected: [] },
]);
