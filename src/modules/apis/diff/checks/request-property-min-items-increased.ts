import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-min-items-increased',
    level: 'breaking',
    description: 'The minItems of a request array was raised.',
    message: 'the minItems of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['request-body'], 'minItems', 'tightened',
);
