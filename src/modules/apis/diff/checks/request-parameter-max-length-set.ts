import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-max-length-set',
    level: 'breaking',
    description: 'A maxLength was set on a parameter that had none.',
    message: 'the maxLength of {{subject}} was set to {{to}}',
  },
  ['parameter'], 'maxLength', 'set',
);
