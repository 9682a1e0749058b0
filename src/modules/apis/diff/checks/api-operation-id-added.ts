import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-operation-id-added',
    level: 'info',
    description: 'An operation id was added to an operation that had none.',
    message: 'added the operation id `{{to}}`',
  },
  kind: 'operation',
  check: (base, head) => (base.operationId === undefined && head.operationId !== undefined ? [{ args: { to: head.operationId } }] : []),
} satisfies Check;
