import { check } from './api-security-scope-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'scope dropped', before: operation({ security: [{ oauth: ['read', 'write'] }] }), after: operation({ security: [{ oauth: ['read'] }] }), expected: ['POST /pets: The endpoint no longer requires the scope `write` of the security scheme `oauth`'] },
  { name: 'scope added is not this check', before: operation({ security: [{ oauth: ['read'] }] }), after: operation({ security: [{ oauth: ['read', 'write'] }] }), expected: [] },
]);
