import type { Check } from '../check.js';

/** Clients configured with that base URL stop reaching the API. */
export const check = {
  meta: {
    id: 'api-server-removed',
    level: 'warning',
    description: 'A server (base URL) was removed from the document.',
    message: 'removed the server `{{url}}`',
  },
  kind: 'document',
  check: (base, head) => {
    if (head.servers.length === 0) return [];
    const kept = new Set(head.servers.map((s) => s.url));
    return base.servers.filter((s) => !kept.has(s.url)).map((s) => ({ args: { url: s.url }, base: s.pointer, head: '#/servers' }));
  },
} satisfies Check;
