import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-min-items-increased',
    level: 'breaking',
    description: 'The minItems of an array parameter was raised.',
    message: 'the minItems of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['parameter'], 'minItems', 'tightened',
);
