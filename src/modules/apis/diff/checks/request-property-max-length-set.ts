import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-max-length-set',
    level: 'breaking',
    description: 'A maxLength was set on a request property that had none.',
    message: 'the maxLength of {{subject}} was set to {{to}}',
  },
  ['request-body'], 'maxLength', 'set',
);
