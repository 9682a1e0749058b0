import type { Check } from '../check.js';
import { nullableCheck } from '../check-helpers.js';

export const check: Check = nullableCheck(
  {
    id: 'request-parameter-became-not-nullable',
    level: 'breaking',
    description: 'A parameter no longer accepts null.',
    message: '{{subject}} no longer accepts null',
  },
  ['parameter'], 'not-nullable',
);
