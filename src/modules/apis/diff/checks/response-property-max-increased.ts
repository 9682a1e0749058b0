import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'response-property-max-increased',
    level: 'info',
    description: 'The maximum of a response property was raised (larger values may come back).',
    message: 'the maximum of {{subject}} was raised from {{from}} to {{to}}',
  },
  ['response-body'], 'maximum', 'loosened',
);
