import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-body-media-type-added',
    level: 'info',
    description: 'The request body accepts a new media type.',
    message: 'the request body now also accepts the media type `{{mediaType}}`',
  },
  kind: 'request-body',
  check: ({ base, head }) => {
    if (!base || !head) return [];
    return [...head.content.values()].filter((m) => !base.content.has(m.name.toLowerCase())).map((m) => ({ args: { mediaType: m.name }, head: m.pointer }));
  },
} satisfies Check;
