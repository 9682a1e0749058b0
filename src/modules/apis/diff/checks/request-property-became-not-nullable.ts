import type { Check } from '../check.js';
import { nullableCheck } from '../check-helpers.js';

export const check: Check = nullableCheck(
  {
    id: 'request-property-became-not-nullable',
    level: 'breaking',
    description: 'A request property no longer accepts null.',
    message: '{{subject}} no longer accepts null',
  },
  ['request-body'], 'not-nullable',
);
