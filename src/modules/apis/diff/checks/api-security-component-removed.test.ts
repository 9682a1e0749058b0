import { check } from './api-security-component-removed.js';
import { api, checkVectors } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'changed', before: api({}, { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } }), after: api({}, { components: { securitySchemes: {} } }), expected: ['Removed the security scheme `key`'] },
  { name: 'not this change', before: api({}, { components: { securitySchemes: {} } }), after: api({}, { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } }), expected: [] },
]);
