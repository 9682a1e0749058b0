import type { Check } from '../check.js';
import { enumDifferenceCheck } from '../check-helpers.js';

export const check: Check = enumDifferenceCheck(
  {
    id: 'response-property-enum-value-removed',
    level: 'info',
    description: 'A value was removed from the enum of a response property.',
    message: 'removed the value {{value}} from the enum of {{subject}}',
  },
  ['response-body'], 'removed',
);
