import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'request-property-one-of-added',
    level: 'info',
    description: 'A oneOf branch was added to a request schema.',
    message: 'added {{branch}} to the oneOf of {{subject}}',
  },
  ['request-body'], 'oneOf', 'added',
);
