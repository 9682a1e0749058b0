import { check } from './api-security-component-type-changed.js';
import { api, checkVectors } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'changed', before: api({}, { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } }), after: api({}, { components: { securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'key' } } } }), expected: ['The security scheme `key` changed from apiKey header X-Key to apiKey query key'] },
  { name: 'not this change', before: api({}, { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } }), after: api({}, { components: { securitySchemes: { key: { ...{ type: 'apiKey', in: 'header', name: 'X-Key' }, description: 'docs only' } } } }), expected: [] },
]);
