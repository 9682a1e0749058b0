import type { Check } from '../check.js';

/** Generated SDKs name their methods after the operation id; changing it renames them. */
export const check = {
  meta: {
    id: 'api-operation-id-removed',
    level: 'warning',
    description: 'An operation id was removed or replaced (generated client methods are renamed).',
    message: 'the operation id `{{from}}` was {{what}}',
  },
  kind: 'operation',
  check: (base, head) => {
    if (base.operationId === undefined || base.operationId === head.operationId) return [];
    return [{ args: { from: base.operationId, what: head.operationId === undefined ? 'removed' : `replaced with \`${head.operationId}\`` } }];
  },
} satisfies Check;
