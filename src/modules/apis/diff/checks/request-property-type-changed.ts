import type { Check } from '../check.js';
import { typeCheck } from '../check-helpers.js';

export const check: Check = typeCheck(
  {
    id: 'request-property-type-changed',
    level: 'breaking',
    description: 'A request body or property accepts a different or narrower type (or format).',
    message: '{{subject}} changed type from {{from}} to {{to}}',
  },
  ['request-body'], ['narrowed', 'changed'],
);
