import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'response-media-type-added',
    level: 'info',
    description: 'A media type was added to a response.',
    message: 'the {{status}} response now also offers the media type `{{mediaType}}`',
  },
  kind: 'response',
  check: ({ base, head }) => {
    if (!base || !head) return [];
    return [...head.content.values()].filter((m) => !base.content.has(m.name.toLowerCase())).map((m) => ({ args: { mediaType: m.name }, head: m.pointer }));
  },
} satisfies Check;
