import type { Check } from '../check.js';
import { boundCheck } from '../check-helpers.js';

export const check: Check = boundCheck(
  {
    id: 'request-property-max-set',
    level: 'breaking',
    description: 'A maximum was set on a request property that had none.',
    message: 'the maximum of {{subject}} was set to {{to}}',
  },
  ['request-body'], 'maximum', 'set',
);
