import type { Check } from '../check.js';
import { defaultChangedCheck } from '../check-helpers.js';

export const check: Check = defaultChangedCheck(
  {
    id: 'request-parameter-default-value-changed',
    level: 'warning',
    description: 'The default value of a parameter changed (calls that omit it behave differently).',
    message: 'the default of {{subject}} changed from {{from}} to {{to}}',
  },
  ['parameter'],
);
