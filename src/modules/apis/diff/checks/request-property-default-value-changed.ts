import type { Check } from '../check.js';
import { defaultChangedCheck } from '../check-helpers.js';

export const check: Check = defaultChangedCheck(
  {
    id: 'request-property-default-value-changed',
    level: 'warning',
    description: 'The default of a request property changed (requests that omit it behave differently).',
    message: 'the default of {{subject}} changed from {{from}} to {{to}}',
  },
  ['request-body'],
);
