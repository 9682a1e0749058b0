import type { Check } from '../check.js';
import { becameEnumCheck } from '../check-helpers.js';

export const check: Check = becameEnumCheck(
  {
    id: 'request-parameter-became-enum',
    level: 'breaking',
    description: 'A parameter was restricted to a list of values.',
    message: '{{subject}} was restricted to the values {{values}}',
  },
  ['parameter'],
);
