import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-max-decreased',
    level: 'breaking',
    description: 'The maximum of a parameter was lowered.',
    message: 'the maximum of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['parameter'], 'maximum', 'tightened',
);
