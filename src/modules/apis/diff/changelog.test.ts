import { describe, expect, it } from 'vitest';
import { renderChangelog } from './changelog.js';
import { diffDocuments } from './diff.js';
import { plainSource } from './source.js';
import { api, NOW, object } from './testing/vectors.js';

const ok = (schema: object) => ({ description: 'ok', content: { 'application/json': { schema } } });

describe('renderChangelog', () => {
  it('groups by operation with breaking operations first and breaking lines first', () => {
    const before = api({
      '/pets': { get: { operationId: 'listPets', responses: { '200': ok(object({ id: { type: 'string' } }, ['id'])) } } },
      '/toys': { get: { responses: { '200': ok(object({})) } } },
    });
    const after = api({
      '/pets': { get: { operationId: 'listPets', tags: ['pets'], responses: { '200': ok(object({ id: { type: 'string' } })) } } },
      '/toys': { get: { responses: { '200': ok(object({ color: { type: 'string' } })) } } },
    });
    const result = diffDocuments(plainSource(before), plainSource(after), { now: NOW });
    const markdown = renderChangelog(result, { title: 'Pets', from: '1.0.0', to: '2.0.0' });
    expect(markdown).toBe(
      [
        '# Changelog: Pets 1.0.0 → 2.0.0',
        '',
        '1 breaking change, 0 warnings, 2 other changes.',
        '',
        '## Breaking changes',
        '',
        '### `GET /pets`',
        '',
        '- **Breaking:** The response property `id` for status 200 is no longer always present (became optional) (`response-property-became-optional`)',
        '- Added the tag `pets` (`api-tag-added`)',
        '',
        '## Other changes',
        '',
        '### `GET /toys`',
        '',
        '- Added the response property `color` for status 200 (`response-property-added`)',
        '',
      ].join('\n'),
    );
  });

  it('says at how many places of an operation a shared component change applies', () => {
    const change = { id: 'response-optional-property-removed', level: 'warning', message: 'Removed the response property `meta/note` for status 200', operation: { method: 'GET', path: '/pets' }, component: '#/components/schemas/Meta', occurrences: 3 } as const;
    const markdown = renderChangelog({ changes: [change], summary: { breaking: 0, warning: 1, info: 0, components: [] } });
    expect(markdown).toContain('- **Warning:** Removed the response property `meta/note` for status 200 (at 3 places in this operation) (`response-optional-property-removed`)');
  });

  it('says so when nothing changed', () => {
    const doc = api({});
    expect(renderChangelog(diffDocuments(plainSource(doc), plainSource(doc)))).toContain('No changes to the API contract.');
  });
});
