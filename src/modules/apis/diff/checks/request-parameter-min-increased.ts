import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-min-increased',
    level: 'breaking',
    description: 'The minimum of a parameter was raised.',
    message: 'the minimum of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['parameter'], 'minimum', 'tightened',
);
