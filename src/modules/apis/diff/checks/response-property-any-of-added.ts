import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'response-property-any-of-added',
    level: 'warning',
    description: 'A response schema gained an anyOf branch clients may not handle.',
    message: 'added {{branch}} to the anyOf of {{subject}}',
  },
  ['response-body'], 'anyOf', 'added',
);
