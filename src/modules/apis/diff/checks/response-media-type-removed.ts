import type { Check } from '../check.js';

/** Clients asking for it (Accept) get 406 or a body they cannot parse. */
export const check = {
  meta: {
    id: 'response-media-type-removed',
    level: 'breaking',
    description: 'A media type of a response was removed.',
    message: 'the {{status}} response no longer offers the media type `{{mediaType}}`',
  },
  kind: 'response',
  check: ({ base, head }) => {
    if (!base || !head) return [];
    return [...base.content.values()].filter((m) => !head.content.has(m.name.toLowerCase())).map((m) => ({ args: { mediaType: m.name }, base: m.pointer }));
  },
} satisfies Check;
