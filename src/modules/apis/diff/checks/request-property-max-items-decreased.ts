import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-max-items-decreased',
    level: 'breaking',
    description: 'The maxItems of a request array was lowered.',
    message: 'the maxItems of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['request-body'], 'maxItems', 'tightened',
);
