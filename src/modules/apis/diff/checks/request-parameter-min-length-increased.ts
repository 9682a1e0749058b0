import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-min-length-increased',
    level: 'breaking',
    description: 'The minLength of a parameter was raised.',
    message: 'the minLength of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['parameter'], 'minLength', 'tightened',
);
