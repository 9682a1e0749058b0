import type { Check } from '../check.js';
import { becameEnumCheck } from '../check-helpers.js';

export const check: Check = becameEnumCheck(
  {
    id: 'request-property-became-enum',
    level: 'breaking',
    description: 'A request property was restricted to a list of values.',
    message: '{{subject}} was restricted to the values {{values}}',
  },
  ['request-body'],
);
