import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'response-property-one-of-removed',
    level: 'info',
    description: 'A oneOf branch of a response schema was removed.',
    message: 'removed {{branch}} from the oneOf of {{subject}}',
  },
  ['response-body'], 'oneOf', 'removed',
);
