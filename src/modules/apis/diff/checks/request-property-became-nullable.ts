import type { Check } from '../check.js';
import { nullableCheck } from '../check-helpers.js';

export const check: Check = nullableCheck(
  {
    id: 'request-property-became-nullable',
    level: 'info',
    description: 'A request property now accepts null.',
    message: '{{subject}} now accepts null',
  },
  ['request-body'], 'nullable',
);
