import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-min-increased',
    level: 'breaking',
    description: 'The minimum of a request property was raised.',
    message: 'the minimum of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['request-body'], 'minimum', 'tightened',
);
