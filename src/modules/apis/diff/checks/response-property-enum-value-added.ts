import type { Check } from '../check.js';
import { enumDifferenceCheck } from '../check-helpers.js';

export const check: Check = enumDifferenceCheck(
  {
    id: 'response-property-enum-value-added',
    level: 'warning',
    description: 'A response property may return a value clients do not know (enum widened).',
    message: 'added the value {{value}} to the enum of {{subject}}',
  },
  ['response-body'], 'added',
);
