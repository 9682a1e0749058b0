import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-max-decreased',
    level: 'breaking',
    description: 'The maximum of a request property was lowered.',
    message: 'the maximum of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['request-body'], 'maximum', 'tightened',
);
