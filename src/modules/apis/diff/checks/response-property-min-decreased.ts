import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'response-property-min-decreased',
    level: 'info',
    description: 'The minimum of a response property was lowered (smaller values may come back).',
    message: 'the minimum of {{subject}} was lowered from {{from}} to {{to}}',
  },
  ['response-body'], 'minimum', 'loosened',
);
