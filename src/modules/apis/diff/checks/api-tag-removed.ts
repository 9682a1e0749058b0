import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-tag-removed',
    level: 'info',
    description: 'A tag was removed from an operation (documentation grouping, some generators).',
    message: 'removed the tag `{{tag}}`',
  },
  kind: 'operation',
  check: (base, head) => base.tags.filter((t) => !head.tags.includes(t)).map((tag) => ({ args: { tag } })),
} satisfies Check;
