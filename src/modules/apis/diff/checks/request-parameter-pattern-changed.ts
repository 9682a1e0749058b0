import type { Check } from '../check.js';
import { patternCheck } from '../check-helpers.js';

export const check: Check = patternCheck(
  {
    id: 'request-parameter-pattern-changed',
    level: 'warning',
    description: 'The pattern of a parameter changed (it may reject values it accepted).',
    message: 'changed the pattern of {{subject}} from `{{from}}` to `{{to}}`',
  },
  ['parameter'], 'changed',
);
