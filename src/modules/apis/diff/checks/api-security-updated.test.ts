import { check } from './api-security-updated.js';
import { checkVectors, operation } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'scheme replaced', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [{ oauth: [] }] }), expected: ['POST /pets: The endpoint no longer accepts apiKey; it now requires oauth'] },
  { name: 'scheme added to the requirement (AND)', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [{ apiKey: [], mtls: [] }] }), expected: ['POST /pets: The endpoint no longer accepts apiKey; it now requires apiKey + mtls'] },
  { name: 'alternative added (OR) is fine', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [{ apiKey: [] }, { oauth: [] }] }), expected: [] },
  { name: 'security dropped is fine', before: operation({ security: [{ apiKey: [] }] }), after: operation({ security: [] }), expected: [] },
]);
