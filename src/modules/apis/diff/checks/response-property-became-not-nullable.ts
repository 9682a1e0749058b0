import type { Check } from '../check.js';
import { nullableCheck } from '../check-helpers.js';

export const check: Check = nullableCheck(
  {
    id: 'response-property-became-not-nullable',
    level: 'info',
    description: 'A response property is no longer null.',
    message: '{{subject}} is no longer null',
  },
  ['response-body'], 'not-nullable',
);
