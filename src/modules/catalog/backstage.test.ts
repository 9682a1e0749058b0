import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackstage } from './backstage.js';
import { toBackstageYaml } from './backstage-export.js';
import { canonicalJson, type CatalogContent } from './catalog.js';

const CORPUS = join(import.meta.dirname, '../../../../shared/corpora/backstage');

function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) out.push(relative(CORPUS, path));
    }
  };
  walk(CORPUS);
  return out.sort();
}

function readCorpus(files: readonly string[]) {
  return readBackstage(files.map((file) => ({ file, text: readFileSync(join(CORPUS, file), 'utf8') })));
}

function names(content: CatalogContent) {
  return {
    teams: content.teams.map((t) => t.name).sort(),
    people: content.people.map((p) => p.name).sort(),
    systems: content.systems.map((s) => s.name).sort(),
    domains: content.domains.map((d) => d.name).sort(),
    services: content.services.map((s) => s.name).sort(),
    apis: content.apis.map((a) => a.name).sort(),
    resources: content.resources.map((r) => r.name).sort(),
  };
}

describe('Backstage corpus', () => {
  const files = corpusFiles();

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s reads without errors and keeps every entity', (file) => {
    const result = readCorpus([file]);
    expect(result.errors).toEqual([]);
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const documents = text.split(/^---$/m).filter((d) => /^kind:/m.test(d)).length;
    const kept =
      Object.values(names(result.content)).reduce((n, list) => n + list.length, 0) + result.content.others.length + result.locations.length;
    // Every document becomes exactly one catalog entity or one Location to follow.
    expect(kept).toBe(documents);
  });

  it('keeps these entities from the whole corpus, and how', () => {
    const result = readCorpus(files);
    expect(result.errors).toEqual([]);
    expect(names(result.content)).toEqual({
      // Group → team
      teams: ['acme-corp', 'backstage', 'boxoffice', 'infrastructure', 'team-a', 'team-b', 'team-d'],
      // User → person; the second "guest" lives in namespace "development" and keeps it in its key
      people: [
        'amelia.park',
        'breanna.davison',
        'colette.brock',
        'development/guest',
        'eva.macdowell',
        'guest',
        'janelle.dawe',
        'jenny.doe',
        'jonathon.page',
        'justine.barrow',
        'lucy.sheehan',
        'nigel.manning',
      ],
      systems: ['artist-engagement-portal', 'audio-playback', 'podcast'],
      // Domain → domain (subdomainOf → parent)
      domains: ['artists', 'audio', 'playback'],
      // Component → service, whatever its Backstage type (service, website, library)
      services: [
        'artist-lookup',
        'petstore',
        'playback-order',
        'playback-sdk',
        'podcast-api',
        'queue-proxy',
        'searcher',
        'shuffle-api',
        'wayback-archive',
        'wayback-archive-ingestion',
        'wayback-archive-storage',
        'www-artist',
      ],
      apis: ['petstore', 'wayback-archive', 'wayback-search'],
      resources: ['artists-db'],
    });
    // Location entities are not stored; their targets are followed by file imports.
    expect(result.locations.map((l) => l.name).sort()).toEqual([
      'acme-corp',
      'example-components',
      'example-domains',
      'example-groups',
      'example-resources',
      'example-systems',
    ]);
    const c = result.content;
    const team = c.teams.find((t) => t.name === 'team-a');
    expect(team).toMatchObject({ title: null, email: 'team-a@example.com', parent: 'backstage', type: 'team' });
    expect(c.teams.find((t) => t.name === 'team-b')?.title).toBe('Team B');
    // profile.picture has no column: kept for export and reported.
    expect(team?.extra.spec).toEqual({ profile: { picture: expect.stringContaining('dicebear') } });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown-field', file: 'acme/team-a-group.yaml', document: 0, line: 1, message: expect.stringContaining('spec.profile.picture') }),
    );
    expect(c.people.find((p) => p.name === 'development/guest')).toMatchObject({ memberOf: ['team-a'], title: 'Guest User' });
    // A user owner stays a user reference.
    expect(c.services.find((s) => s.name === 'searcher')?.owner).toBe('user:guest');
    const petstore = c.services.find((s) => s.name === 'petstore');
    expect(petstore).toMatchObject({
      owner: 'team-c',
      lifecycle: 'experimental',
      type: 'service',
      // from the link with icon "github"
      repository: 'https://github.com/swagger-api/swagger-petstore',
      providesApis: ['petstore', 'streetlights', 'hello-world'],
    });
    expect(c.services.find((s) => s.name === 'artist-lookup')).toMatchObject({
      system: 'artist-engagement-portal',
      tags: ['java', 'data'],
      dashboards: ['https://example.com/dashboard'],
    });
    expect(c.services.find((s) => s.name === 'shuffle-api')?.labels).toEqual({ goVersion: 'go1.15.3', category: 'music' });
    expect(c.services.find((s) => s.name === 'wayback-archive-storage')?.extra.spec).toEqual({ subcomponentOf: 'wayback-archive' });
    expect(c.domains.find((d) => d.name === 'artists')).toMatchObject({ owner: 'team-a', parent: 'audio', title: 'Artists' });
    expect(c.domains.find((d) => d.name === 'playback')?.owner).toBe('user:frank.tiernan');
    expect(c.systems.find((s) => s.name === 'audio-playback')).toMatchObject({ owner: 'team-c', domain: 'playback', extra: { spec: { type: 'feature-set' } } });
    const petstoreApi = c.apis.find((a) => a.name === 'petstore');
    expect(petstoreApi?.definition).toContain('openapi: "3.0.0"');
    // A definition given as {$text: url} is not text: kept as is.
    expect(c.apis.find((a) => a.name === 'wayback-search')?.extra.spec?.definition).toEqual({
      $text: 'https://github.com/APIs-guru/openapi-directory/blob/main/APIs/archive.org/search/1.0.0/openapi.yaml',
    });
    expect(c.resources[0]).toMatchObject({ name: 'artists-db', type: 'database', owner: 'team-a', system: 'artist-engagement-portal' });
  });

  it('exports to YAML that reads back to the same catalog', () => {
    const first = readCorpus(files).content;
    const yaml = toBackstageYaml(first);
    const second = readBackstage([{ text: yaml }]);
    expect(second.errors).toEqual([]);
    for (const kind of Object.keys(first) as (keyof CatalogContent)[]) {
      const key = (x: object): string => canonicalJson(x);
      expect(second.content[kind].map(key).sort(), kind).toEqual(first[kind].map(key).sort());
    }
  });
});

describe('Backstage mapping rules', () => {
  it('maps dependsOn, consumesApis and operational annotations', () => {
    const yaml = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: Checkout
  annotations:
    backstage.io/source-location: url:https://git.example.com/shop/checkout/
    pagerduty.com/service-id: PX123
    groundwork.dev/tier: "1"
    groundwork.dev/dependency-kinds: component:payments=async
  labels:
    tier: "3"
  links:
    - url: https://wiki.example.com/checkout-runbook
      title: Runbook
spec:
  type: service
  lifecycle: production
  owner: group:default/payments-team
  dependsOn: [component:payments, resource:orders-db, system:legacy]
  consumesApis: [fraud]
`;
    const r = readBackstage([{ text: yaml, file: 'checkout.yaml' }]);
    expect(r.errors).toEqual([]);
    expect(r.content.services[0]).toMatchObject({
      name: 'checkout',
      owner: 'payments-team',
      tier: 1,
      repository: 'https://git.example.com/shop/checkout/',
      onCall: 'pagerduty:PX123',
      runbook: 'https://wiki.example.com/checkout-runbook',
      annotations: { 'backstage.io/source-location': 'url:https://git.example.com/shop/checkout/', 'pagerduty.com/service-id': 'PX123' },
      extra: { spec: { dependsOn: ['system:legacy'] } },
    });
    expect(r.content.dependencies).toEqual([
      { source: 'checkout', targetKind: 'service', target: 'payments', kind: 'async' },
      { source: 'checkout', targetKind: 'resource', target: 'orders-db', kind: 'data' },
      { source: 'checkout', targetKind: 'api', target: 'fraud', kind: 'sync' },
    ]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'invalid-value', line: 19, message: expect.stringContaining('system:legacy') }));
    const again = readBackstage([{ text: toBackstageYaml(r.content) }]);
    expect(canonicalJson(again.content)).toBe(canonicalJson(r.content));
  });

  it('writes fields changed in Groundwork as annotations so they survive a round trip', () => {
    const r = readBackstage([{ text: 'kind: Component\napiVersion: backstage.io/v1alpha1\nmetadata:\n  name: a\n  links: [{url: "https://r", title: Runbook}]\nspec: {}\n' }]);
    const service = r.content.services[0]!;
    Object.assign(service, { runbook: null, architecture: 'monolith', dashboards: ['https://d1', 'https://d2'], onCall: 'opsgenie:core' });
    const yaml = toBackstageYaml(r.content);
    expect(yaml).toContain('groundwork.dev/runbook: ""');
    expect(readBackstage([{ text: yaml }]).content.services[0]).toMatchObject({
      runbook: null,
      architecture: 'monolith',
      dashboards: ['https://d1', 'https://d2'],
      onCall: 'opsgenie:core',
    });
  });

  it('keeps unknown kinds and reports them', () => {
    const r = readBackstage([{ text: 'apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: {name: new-service}\nspec: {steps: []}\n' }]);
    expect(r.errors).toEqual([]);
    expect(r.content.others).toEqual([
      { ref: 'template:default/new-service', kind: 'Template', document: expect.objectContaining({ spec: { steps: [] } }) },
    ]);
    expect(r.warnings[0]).toMatchObject({ code: 'unknown-kind', line: 1 });
  });

  it('reports broken documents with file, document index and line', () => {
    const yaml = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: ok}\nspec: {type: team}\n---\nkind: Component\napiVersion: backstage.io/v1alpha1\nmetadata:\n  name: x\n  tags: {a: 1}\nspec:\n  owner: [a]\n---\nkind: [unclosed\n';
    const r = readBackstage([{ text: yaml, file: 'cat.yaml' }]);
    expect(r.content.teams.map((t) => t.name)).toEqual(['ok']);
    expect(r.content.services).toEqual([]);
    expect(r.errors).toEqual([
      expect.objectContaining({ file: 'cat.yaml', document: 1, line: 10, message: expect.stringContaining('metadata.tags') }),
      expect.objectContaining({ file: 'cat.yaml', document: 1, line: 12, message: expect.stringContaining('spec.owner') }),
      expect.objectContaining({ file: 'cat.yaml', document: 2, line: 15, message: expect.stringContaining('YAML') }),
    ]);
  });

  it('rejects invalid names, missing kinds and duplicates', () => {
    const r = readBackstage([
      { file: 'a.yaml', text: 'apiVersion: v1\nkind: System\nmetadata: {name: "bad name!"}\n---\napiVersion: v1\nmetadata: {name: x}\n' },
      { file: 'b.yaml', text: 'apiVersion: v1\nkind: System\nmetadata: {name: s}\n---\napiVersion: v1\nkind: System\nmetadata: {name: S}\n' },
    ]);
    expect(r.errors.map((e) => [e.file, e.document, e.line])).toEqual([
      ['a.yaml', 0, 3],
      ['a.yaml', 1, 5],
      ['b.yaml', 1, 7],
    ]);
    expect(r.errors[2]?.message).toContain('defined twice (also at b.yaml#0 line 1)');
  });

  it('reads a JSON array body, one entity per item', () => {
    const json = JSON.stringify([
      { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'one' } },
      { apiVersion: 'backstage.io/v1alpha1', kind: 'Location', metadata: { name: 'loc' }, spec: { target: './x.yaml' } },
    ]);
    const r = readBackstage([{ text: json }]);
    expect(r.content.systems.map((s) => s.name)).toEqual(['one']);
    expect(r.locations).toEqual([{ name: 'loc', type: null, targets: ['./x.yaml'], source: { document: 1, line: 1 } }]);
  });
});
