import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';

interface Options {
  /** Also accept a date version `YYYY-MM-DD` (as Stripe or Twilio use). */
  readonly allowDate: boolean;
}
const defaults: Options = { allowDate: true };

// The official Semantic Versioning 2.0.0 grammar (semver.org), as one regular expression.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export const infoVersionFormat = {
  id: 'gw-info-version-format',
  category: 'versioning',
  severity: 'warn',
  description: '`info.version` is a semantic version (`1.4.0`) or, if allowed, a date version (`2024-06-01`).',
  message: '{{error}}',
  rationale:
    '`info.version` is the version of the description, and tools compare it: the API registry orders versions by it and the ' +
    'breaking-change check expects a major bump for a breaking change. Semantic Versioning makes "is this compatible?" readable ' +
    'from the number; date versions are the accepted alternative for APIs that release by date. Placeholders like `VERSION` or ' +
    '`unversioned` carry no information.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 2.3.0 }
        paths: {}
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: v2 }
        paths: {}
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: { allowDate: { type: 'boolean', description: 'Accept `YYYY-MM-DD` date versions.' } },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$.info',
  resolved: false,
  then: check(defaults, (info, options, context): RuleFunctionResult[] => {
    if (!isRecord(info) || !('version' in info)) return [];
    const version = info['version'];
    const text = typeof version === 'number' ? String(version) : version;
    if (typeof text === 'string' && (SEMVER.test(text) || (options.allowDate && isCalendarDate(text)))) return [];
    const shown = typeof text === 'string' ? `"${text}"` : JSON.stringify(text);
    return [
      {
        message: `info.version ${shown} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)${options.allowDate ? ' or a date (YYYY-MM-DD)' : ''}.`,
        path: [...context.path, 'version'],
      },
    ];
  }),
} satisfies GuidelineRule<Options>;
