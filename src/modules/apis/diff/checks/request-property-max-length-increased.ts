import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-max-length-increased',
    level: 'info',
    description: 'The maxLength of a request property was raised (longer values accepted).',
    message: 'the maxLength of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['request-body'], 'maxLength', 'loosened',
);
