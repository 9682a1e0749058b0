import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'request-property-one-of-removed',
    level: 'breaking',
    description: 'A oneOf branch of a request schema was removed (payloads of that shape are rejected).',
    message: 'removed {{branch}} from the oneOf of {{subject}}',
  },
  ['request-body'], 'oneOf', 'removed',
);
