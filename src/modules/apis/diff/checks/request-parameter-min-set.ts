import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-min-set',
    level: 'breaking',
    description: 'A minimum was set on a parameter that had none.',
    message: 'the minimum of {{subject}} was set to {{to}}',
  },
  ['parameter'], 'minimum', 'set',
);
