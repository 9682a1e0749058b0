import type { Check } from '../check.js';
import { enumDifferenceCheck } from '../check-helpers.js';

export const check: Check = enumDifferenceCheck(
  {
    id: 'request-parameter-enum-value-removed',
    level: 'breaking',
    description: 'A value was removed from the enum of a parameter.',
    message: 'removed the value {{value}} from the enum of {{subject}}',
  },
  ['parameter'], 'removed',
);
