import type { Check } from '../check.js';
import { enumDifferenceCheck } from '../check-helpers.js';

export const check: Check = enumDifferenceCheck(
  {
    id: 'request-property-enum-value-removed',
    level: 'breaking',
    description: 'A value was removed from the enum of a request property.',
    message: 'removed the value {{value}} from the enum of {{subject}}',
  },
  ['request-body'], 'removed',
);
