import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-server-added',
    level: 'info',
    description: 'A server (base URL) was added to the document.',
    message: 'added the server `{{url}}`',
  },
  kind: 'document',
  check: (base, head) => {
    const known = new Set(base.servers.map((s) => s.url));
    return head.servers.filter((s) => !known.has(s.url)).map((s) => ({ args: { url: s.url }, head: s.pointer }));
  },
} satisfies Check;
