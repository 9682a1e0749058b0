import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';

interface Options {
  /** Also require `info.contact.name` (the owning team). */
  readonly requireName: boolean;
}
const defaults: Options = { requireName: false };

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

export const infoContact = {
  id: 'gw-info-contact',
  category: 'documentation',
  severity: 'warn',
  description: '`info.contact` says who owns the API and how to reach them: an `email` or a `url` (and a `name` if required).',
  message: '{{error}}',
  rationale:
    'Consumers with a question, an outage or a breaking change need to reach the owning team. An API description is often the ' +
    'only artefact they have; putting the contact in it keeps it next to the contract and in every generated reference.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info:
          title: Shop
          version: 1.0.0
          contact: { name: Checkout team, email: checkout@example.com }
        paths: {}
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths: {}
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: { requireName: { type: 'boolean', description: 'Require `info.contact.name`.' } },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$.info',
  resolved: false,
  then: check(defaults, (info, options, context): RuleFunctionResult[] => {
    if (!isRecord(info)) return [];
    const contact = info['contact'];
    if (!isRecord(contact)) return [{ message: 'info has no contact.', path: context.path }];
    const missing: string[] = [];
    if (!filled(contact['email']) && !filled(contact['url'])) missing.push('an email or a url');
    if (options.requireName && !filled(contact['name'])) missing.push('a name');
    if (missing.length === 0) return [];
    return [{ message: `info.contact needs ${missing.join(' and ')}.`, path: [...context.path, 'contact'] }];
  }),
} satisfies GuidelineRule<Options>;
