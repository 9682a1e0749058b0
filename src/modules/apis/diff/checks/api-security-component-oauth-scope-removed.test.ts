import { check } from './api-security-component-oauth-scope-removed.js';
import { api, checkVectors } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'changed', before: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r', write: 'w' } } } } } } }), after: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' } } } } } } }), expected: ['Removed the scope `write` from the authorizationCode flow of the security scheme `oauth`'] },
  { name: 'not this change', before: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' } } } } } } }), after: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r', write: 'w' } } } } } } }), expected: [] },
]);
