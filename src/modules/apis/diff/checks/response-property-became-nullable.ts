import type { Check } from '../check.js';
import { nullableCheck } from '../check-helpers.js';

export const check: Check = nullableCheck(
  {
    id: 'response-property-became-nullable',
    level: 'breaking',
    description: 'A response property may now be null.',
    message: '{{subject}} may now be null',
  },
  ['response-body'], 'nullable',
);
