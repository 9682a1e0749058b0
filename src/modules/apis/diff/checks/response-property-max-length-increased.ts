import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'response-property-max-length-increased',
    level: 'info',
    description: 'The maxLength of a response property was raised (longer values may come back).',
    message: 'the maxLength of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['response-body'], 'maxLength', 'loosened',
);
