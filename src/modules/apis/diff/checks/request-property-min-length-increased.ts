import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-min-length-increased',
    level: 'breaking',
    description: 'The minLength of a request property was raised.',
    message: 'the minLength of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['request-body'], 'minLength', 'tightened',
);
