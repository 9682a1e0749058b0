import type { Check } from '../check.js';
import { typeCheck } from '../check-helpers.js';

export const check: Check = typeCheck(
  {
    id: 'response-property-type-changed',
    level: 'breaking',
    description: 'A response body or property may now hold a different or wider type (or format).',
    message: '{{subject}} changed type from {{from}} to {{to}}',
  },
  ['response-body'], ['widened', 'changed'],
);
