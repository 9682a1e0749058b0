import type { Check } from '../check.js';
import { branchCheck } from '../check-helpers.js';

export const check: Check = branchCheck(
  {
    id: 'request-property-any-of-removed',
    level: 'breaking',
    description: 'An anyOf branch of a request schema was removed (payloads of that shape are rejected).',
    message: 'removed {{branch}} from the anyOf of {{subject}}',
  },
  ['request-body'], 'anyOf', 'removed',
);
