import type { Check } from '../check.js';
import { enumDifferenceCheck } from '../check-helpers.js';

export const check: Check = enumDifferenceCheck(
  {
    id: 'request-parameter-enum-value-added',
    level: 'info',
    description: 'A value was added to the enum of a parameter.',
    message: 'added the value {{value}} to the enum of {{subject}}',
  },
  ['parameter'], 'added',
);
