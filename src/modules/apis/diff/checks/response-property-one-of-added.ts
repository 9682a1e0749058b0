import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'response-property-one-of-added',
    level: 'warning',
    description: 'A response schema gained a oneOf branch clients may not handle.',
    message: 'added {{branch}} to the oneOf of {{subject}}',
  },
  ['response-body'], 'oneOf', 'added',
);
