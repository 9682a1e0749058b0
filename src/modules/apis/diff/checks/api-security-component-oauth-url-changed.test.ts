import { check } from './api-security-component-oauth-url-changed.js';
import { api, checkVectors } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'changed', before: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {} } } } } } }), after: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://login.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {} } } } } } }), expected: ['The authorizationUrl of the authorizationCode flow of the security scheme `oauth` changed from https://auth.example.com/authorize to https://login.example.com/authorize'] },
  { name: 'not this change', before: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {} } } } } } }), after: api({}, { components: { securitySchemes: { oauth: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' } } } } } } }), expected: [] },
]);
