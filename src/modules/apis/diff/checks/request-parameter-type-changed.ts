import type { Check } from '../check.js';
import { typeCheck } from '../check-helpers.js';

export const check: Check = typeCheck(
  {
    id: 'request-parameter-type-changed',
    level: 'breaking',
    description: 'A parameter accepts a different or narrower type (or format).',
    message: '{{subject}} changed type from {{from}} to {{to}}',
  },
  ['parameter'], ['narrowed', 'changed'],
);
