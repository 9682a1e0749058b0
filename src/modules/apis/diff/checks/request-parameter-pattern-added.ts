import type { Check } from '../check.js';
import { patternCheck } from '../check-helpers.js';

export const check: Check = patternCheck(
  {
    id: 'request-parameter-pattern-added',
    level: 'breaking',
    description: 'A pattern was added to a parameter.',
    message: 'added the pattern `{{to}}` to {{subject}}',
  },
  ['parameter'], 'added',
);
