import type { Check } from '../check.js';

/** Clients sending that content type get 415. */
export const check = {
  meta: {
    id: 'request-body-media-type-removed',
    level: 'breaking',
    description: 'A media type of the request body is no longer accepted.',
    message: 'the request body no longer accepts the media type `{{mediaType}}`',
  },
  kind: 'request-body',
  check: ({ base, head }) => {
    if (!base || !head) return [];
    return [...base.content.values()].filter((m) => !head.content.has(m.name.toLowerCase())).map((m) => ({ args: { mediaType: m.name }, base: m.pointer }));
  },
} satisfies Check;
