import type { Check } from '../check.js';

/** The URL is the same, so clients are unaffected; generated SDK argument names change. */
export const check = {
  meta: {
    id: 'request-path-parameter-renamed',
    level: 'info',
    description: 'A path parameter was renamed (the URL template is otherwise the same).',
    message: 'renamed the path parameter `{{from}}` to `{{to}}`',
  },
  kind: 'operation',
  check: (base, head) =>
    base.pathParameterNames.flatMap((from, index) => {
      const to = head.pathParameterNames[index];
      return to !== undefined && to !== from ? [{ args: { from, to } }] : [];
    }),
} satisfies Check;
