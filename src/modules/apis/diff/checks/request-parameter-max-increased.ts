import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-max-increased',
    level: 'info',
    description: 'The maximum of a parameter was raised (more values accepted).',
    message: 'the maximum of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['parameter'], 'maximum', 'loosened',
);
