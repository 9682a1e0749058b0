import type { Check } from '../check.js';
import { typeCheck } from '../check-helpers.js';

export const check: Check = typeCheck(
  {
    id: 'request-property-type-generalized',
    level: 'info',
    description: 'A request body or property accepts a wider type.',
    message: '{{subject}} was widened from {{from}} to {{to}}',
  },
  ['request-body'], ['widened'],
);
