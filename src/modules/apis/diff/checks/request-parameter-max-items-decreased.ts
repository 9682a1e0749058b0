import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-parameter-max-items-decreased',
    level: 'breaking',
    description: 'The maxItems of an array parameter was lowered.',
    message: 'the maxItems of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['parameter'], 'maxItems', 'tightened',
);
