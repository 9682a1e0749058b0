import type { Static } from 'typebox';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Change } from './diff/change.js';
import { buildDocumentView } from './diff/document-view.js';
import { plainSource } from './diff/source.js';
import type { ChangeSchema, FindingSchema } from './apis.schema.js';
import type { LintFinding } from './lint/index.js';
import { compareDeprecations, DEFAULT_POLICY, isMajorBump, majorOf, operationsOf, policyViolations, registryChangelog, sunsetDay, type StoredOperation } from './apis.js';

const removed = (method: string, path: string, id = 'api-removed-without-deprecation', level: Change['level'] = 'breaking'): Change => ({
  id,
  level,
  message: `Removed ${method} ${path}`,
  operation: { method, path },
});
const op = (path: string, extra: Partial<StoredOperation> = {}): StoredOperation => ({ method: 'GET', path, operationId: null, deprecated: false, sunset: null, deprecatedSince: null, ...extra });
const now = new Date('2026-06-01T00:00:00Z');

describe('version labels', () => {
  it('reads the major number and knows a bump', () => {
    expect(majorOf('2.1.0')).toBe(2);
    expect(majorOf('v3')).toBe(3);
    expect(majorOf('10.0.0-rc.1')).toBe(10);
    expect(majorOf('latest')).toBeUndefined();
    expect(isMajorBump('1.9.9', '2.0.0')).toBe(true);
    expect(isMajorBump('2.0.0', '2.5.0')).toBe(false);
    // Date versions: every later date is a new version; the year is not a major number.
    expect(isMajorBump('2024-01', '2024-02')).toBe(true);
    expect(isMajorBump('2010-04-01', '2024-01-15')).toBe(true);
    expect(isMajorBump('2024-02-01', '2024-01-15')).toBe(false);
    expect(isMajorBump('2024-01-15', '2024-01-15')).toBe(false);
  });
});

describe('release policy', () => {
  it('needs a major bump and a deprecation period for a breaking change', () => {
    const [violation] = policyViolations({ policy: DEFAULT_POLICY, previousVersion: '1.0.0', version: '1.1.0', changes: [removed('GET', '/a')], previousOperations: [op('/a')], now });
    expect(violation?.reason).toBe('needs a major version bump; no deprecation period: operation was not deprecated for 90 days');
  });

  it('accepts a removal after the deprecation period with a major bump, and matches renamed path parameters', () => {
    const previousOperations = [op('/a/{id}', { deprecated: true, deprecatedSince: { version: '1.1.0', date: '2026-01-01' } })];
    expect(policyViolations({ policy: DEFAULT_POLICY, previousVersion: '1.1.0', version: '2.0.0', changes: [removed('GET', '/a/{key}')], previousOperations, now })).toEqual([]);
    const tooSoon = policyViolations({ policy: { ...DEFAULT_POLICY, deprecationDays: 200 }, previousVersion: '1.1.0', version: '2.0.0', changes: [removed('GET', '/a/{id}')], previousOperations, now });
    expect(tooSoon[0]?.reason).toBe('no deprecation period: operation was deprecated 151 days ago (in 1.1.0), not 200');
  });

  it('refuses a removal before the sunset even with a major bump and a long deprecation', () => {
    const previousOperations = [op('/a', { deprecated: true, sunset: 'Sat, 01 May 2027 00:00:00 GMT', deprecatedSince: { version: '1.0.0', date: '2025-01-01' } })];
    const [violation] = policyViolations({ policy: DEFAULT_POLICY, previousVersion: '1.0.0', version: '2.0.0', changes: [removed('GET', '/a', 'api-removed-before-sunset')], previousOperations, now });
    expect(violation?.reason).toBe('removed before its sunset 2027-05-01');
  });

  it('checks the deprecation period of a deprecated operation removed after its sunset, but not the major bump', () => {
    const previousOperations = [op('/a', { deprecated: true, deprecatedSince: { version: '1.4.0', date: '2026-05-20' } })];
    const change = removed('GET', '/a', 'api-removed-with-deprecation', 'info');
    const [violation] = policyViolations({ policy: DEFAULT_POLICY, previousVersion: '1.4.0', version: '1.5.0', changes: [change], previousOperations, now });
    expect(violation?.reason).toBe('no deprecation period: operation was deprecated 12 days ago (in 1.4.0), not 90');
  });

  it('lets everything through with a permissive policy; warnings never violate', () => {
    const policy = { ...DEFAULT_POLICY, requireMajorBumpForBreaking: false, deprecationDays: 0 };
    expect(policyViolations({ policy, previousVersion: '1', version: '1.1', changes: [removed('GET', '/a')], previousOperations: [], now })).toEqual([]);
    expect(policyViolations({ policy: DEFAULT_POLICY, previousVersion: '1', version: '1.1', changes: [removed('GET', '/a', 'response-enum-widened', 'warning')], previousOperations: [], now })).toEqual([]);
  });
});

describe('registry changelog and timeline helpers', () => {
  it('renders versions newest first with the diff module renderer, headings one level down', () => {
    const text = registryChangelog('pets', [
      { version: '2.0.0', previousVersion: '1.0.0', createdAt: '2026-05-01T10:00:00.000Z', changes: [removed('GET', '/a')] },
      { version: '1.0.0', previousVersion: null, createdAt: '2026-01-01T10:00:00.000Z', changes: [] },
    ]);
    expect(text).toBe(
      [
        '# Changelog: pets',
        '',
        '## 2.0.0 (2026-05-01)',
        '',
        '1 breaking change, 0 warnings, 0 other changes.',
        '',
        '### Breaking changes',
        '',
        '#### `GET /a`',
        '',
        '- **Breaking:** Removed GET /a (`api-removed-without-deprecation`)',
        '',
        '## 1.0.0 (2026-01-01)',
        '',
        'First version in the registry.',
        '',
      ].join('\n'),
    );
  });

  it('normalises sunsets and sorts by sunset, none last', () => {
    expect(sunsetDay('Sat, 01 May 2027 00:00:00 GMT')).toBe('2027-05-01');
    expect(sunsetDay('soon')).toBeNull();
    const items = [
      { api: 'b', sunset: null, path: '/x', method: 'GET' },
      { api: 'a', sunset: '2027-01-01', path: '/x', method: 'GET' },
      { api: 'c', sunset: '2026-01-01', path: '/x', method: 'GET' },
    ];
    expect(items.sort(compareDeprecations).map((i) => i.api)).toEqual(['c', 'a', 'b']);
  });
});

describe('operations of a version', () => {
  const header = (h: object) => ({ responses: { '200': { description: 'ok', headers: { Sunset: h } } } });
  const view = buildDocumentView(
    plainSource({
      openapi: '3.0.3',
      info: { title: 't', version: '2' },
      paths: {
        '/a': { get: { operationId: 'a', deprecated: true, 'x-sunset': '2027-01-01', responses: {} } },
        '/b': { get: { ...header({ description: 'This endpoint goes away on 2027-02-01.', schema: { type: 'string' } }) } },
        '/c': { get: { ...header({ example: 'Mon, 01 Mar 2027 00:00:00 GMT', schema: { type: 'string' } }) } },
        '/d': { get: { ...header({ $ref: '#/components/headers/Sunset' }) } },
        '/e': { get: { responses: { '200': { description: 'ok', headers: { Deprecation: { schema: { type: 'string' } } } } } } },
      },
      components: { headers: { Sunset: { examples: { planned: { value: '2027-04-01' } }, schema: { type: 'string' } } } },
    }),
  );

  it('reads deprecation and sunsets from the operation and from documented Sunset/Deprecation headers', () => {
    const ops = operationsOf(view, [], '2.0.0', '2026-06-01');
    expect(ops.map((o) => [o.path, o.deprecated, sunsetDay(o.sunset), o.deprecatedSince?.version ?? null])).toEqual([
      ['/a', true, '2027-01-01', '2.0.0'],
      ['/b', false, '2027-02-01', null],
      ['/c', false, '2027-03-01', null],
      ['/d', false, '2027-04-01', null],
      ['/e', true, null, '2.0.0'],
    ]);
  });

  it('carries deprecatedSince over from the previous version while the operation stays deprecated', () => {
    const previous = [op('/a', { deprecated: true, deprecatedSince: { version: '1.0.0', date: '2026-01-01' } }), op('/e', { deprecated: false })];
    const ops = operationsOf(view, previous, '2.0.0', '2026-06-01');
    expect(ops.find((o) => o.path === '/a')?.deprecatedSince).toEqual({ version: '1.0.0', date: '2026-01-01' });
    expect(ops.find((o) => o.path === '/e')?.deprecatedSince).toEqual({ version: '2.0.0', date: '2026-06-01' });
  });

  it('refuses removing an operation before a sunset only its header description announced', () => {
    const previousOperations = [op('/b', { sunset: '2027-02-01' })];
    const [violation] = policyViolations({ policy: DEFAULT_POLICY, previousVersion: '1.0.0', version: '2.0.0', changes: [removed('GET', '/b')], previousOperations, now });
    expect(violation?.reason).toBe('removed before its sunset 2027-02-01; no deprecation period: operation was not deprecated for 90 days');
  });
});

describe('the HTTP schema of a change', () => {
  it('has every field of the diff engine\'s Change (the response serializer drops unknown ones; tsc checks this)', () => {
    expectTypeOf<keyof Change>().toEqualTypeOf<keyof Static<typeof ChangeSchema>>();
  });
  it('and of a lint finding', () => {
    expectTypeOf<keyof LintFinding>().toEqualTypeOf<keyof Static<typeof FindingSchema>>();
  });
});
