import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-tag-added',
    level: 'info',
    description: 'A tag was added to an operation.',
    message: 'added the tag `{{tag}}`',
  },
  kind: 'operation',
  check: (base, head) => head.tags.filter((t) => !base.tags.includes(t)).map((tag) => ({ args: { tag } })),
} satisfies Check;
