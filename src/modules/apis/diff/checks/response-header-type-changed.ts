import type { Check } from '../check.js';
import { typeCheck } from '../check-helpers.js';

export const check: Check = typeCheck(
  {
    id: 'response-header-type-changed',
    level: 'breaking',
    description: 'A response header may now hold a different type.',
    message: '{{subject}} changed type from {{from}} to {{to}}',
  },
  ['response-header'], ['widened', 'changed'],
);
