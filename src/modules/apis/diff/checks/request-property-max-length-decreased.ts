import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-max-length-decreased',
    level: 'breaking',
    description: 'The maxLength of a request property was lowered.',
    message: 'the maxLength of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['request-body'], 'maxLength', 'tightened',
);
