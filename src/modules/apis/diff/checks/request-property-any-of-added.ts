import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'request-property-any-of-added',
    level: 'info',
    description: 'An anyOf branch was added to a request schema.',
    message: 'added {{branch}} to the anyOf of {{subject}}',
  },
  ['request-body'], 'anyOf', 'added',
);
