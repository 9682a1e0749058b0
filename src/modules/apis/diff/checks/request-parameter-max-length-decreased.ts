import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-max-length-decreased',
    level: 'breaking',
    description: 'The maxLength of a parameter was lowered.',
    message: 'the maxLength of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['parameter'], 'maxLength', 'tightened',
);
