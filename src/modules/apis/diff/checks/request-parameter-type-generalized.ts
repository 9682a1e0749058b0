import type { Check } from '../check.js';
import { typeCheck } from '../check-helpers.js';

export const check: Check = typeCheck(
  {
    id: 'request-parameter-type-generalized',
    level: 'info',
    description: 'A parameter accepts a wider type (e.g. integer to number).',
    message: '{{subject}} was widened from {{from}} to {{to}}',
  },
  ['parameter'], ['widened'],
);
