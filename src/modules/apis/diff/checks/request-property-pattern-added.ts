import type { Check } from '../check.js';
import { patternCheck } from '../check-helpers.js';

export const check: Check = patternCheck(
  {
    id: 'request-property-pattern-added',
    level: 'breaking',
    description: 'A pattern was added to a request property.',
    message: 'added the pattern `{{to}}` to {{subject}}',
  },
  ['request-body'], 'added',
);
