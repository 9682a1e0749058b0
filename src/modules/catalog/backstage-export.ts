/**
 * Catalog → Backstage YAML (pure). The output re-imports to the same catalog: fields that
 * Backstage has no place for are written as `groundwork.dev/*` annotations, but only when the
 * rest of the entity (links, community annotations, labels) would not already yield them,
 * and everything kept in `extra` on import is written back where it came from.
 * References are written in their shortest form (Groundwork has one namespace per kind).
 */
import { stringify } from 'yaml';
import {
  defaultDependencyKind,
  type CatalogContent,
  type Dependency,
  type EntityBase,
  type Service,
  type Team,
} from './catalog.js';
import { ANN, deriveFields, deriveOnCall, type DerivedFields } from './backstage-fields.js';

const API_VERSION = 'backstage.io/v1alpha1';

type Doc = Record<string, unknown>;

export function toBackstageYaml(content: CatalogContent): string {
  const docs = toBackstageDocuments(content);
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

export function toBackstageDocuments(content: CatalogContent): Doc[] {
  const byName = <T extends { name: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const docs: Doc[] = [];
  const children = new Map<string, string[]>();
  for (const t of byName(content.teams)) {
    if (t.parent !== null) children.set(t.parent, [...(children.get(t.parent) ?? []), t.name]);
  }
  for (const t of byName(content.teams)) docs.push(teamDoc(t, children.get(t.name) ?? []));
  for (const p of byName(content.people)) {
    const slash = p.name.indexOf('/');
    const meta: Record<string, string> = slash >= 0 ? { namespace: p.name.slice(0, slash), name: p.name.slice(slash + 1) } : { name: p.name };
    docs.push(
      entityDoc('User', { ...p, title: null }, meta, {
        profile: compact({ displayName: p.title, email: p.email, ...objectOf(p.extra.spec?.profile) }),
        memberOf: p.memberOf,
      }),
    );
  }
  for (const d of byName(content.domains)) docs.push(entityDoc('Domain', d, {}, compact({ owner: d.owner, subdomainOf: d.parent })));
  for (const s of byName(content.systems)) docs.push(entityDoc('System', s, {}, compact({ owner: s.owner, domain: s.domain })));
  for (const r of byName(content.resources)) docs.push(entityDoc('Resource', r, {}, compact({ type: r.type, owner: r.owner, system: r.system })));
  for (const a of byName(content.apis)) {
    docs.push(entityDoc('API', a, {}, compact({ type: a.type, lifecycle: a.lifecycle, owner: a.owner, system: a.system, definition: a.definition })));
  }
  const depsBySource = new Map<string, Dependency[]>();
  for (const d of content.dependencies) depsBySource.set(d.source, [...(depsBySource.get(d.source) ?? []), d]);
  for (const s of byName(content.services)) docs.push(serviceDoc(s, depsBySource.get(s.name) ?? []));
  for (const o of [...content.others].sort((a, b) => (a.ref < b.ref ? -1 : 1))) docs.push(o.document);
  return docs;
}

function teamDoc(t: Team, children: string[]): Doc {
  const annotations = { ...t.annotations };
  if (t.onCall !== deriveOnCall(t.annotations)) annotations[ANN.onCall] = t.onCall ?? '';
  return entityDoc(
    'Group',
    { ...t, title: null, annotations },
    {},
    compact({
      type: t.type,
      profile: compact({ displayName: t.title, email: t.email, ...objectOf(t.extra.spec?.profile) }),
      parent: t.parent,
      children,
    }),
  );
}

function serviceDoc(s: Service, deps: readonly Dependency[]): Doc {
  const dependsOn: string[] = [];
  const consumesApis: string[] = [];
  const kinds: string[] = [];
  for (const d of deps) {
    const ref = d.targetKind === 'service' ? `component:${d.target}` : `${d.targetKind}:${d.target}`;
    if (d.targetKind === 'api') consumesApis.push(d.target);
    else dependsOn.push(ref);
    if (d.kind !== defaultDependencyKind(d.targetKind)) kinds.push(`${ref}=${d.kind}`);
  }
  const extraDependsOn = s.extra.spec?.dependsOn;
  if (Array.isArray(extraDependsOn)) for (const x of extraDependsOn) if (typeof x === 'string') dependsOn.push(x);
  const annotations = { ...s.annotations };
  const derived = deriveFields(s.annotations, s.labels, s.links);
  const wanted: DerivedFields = {
    tier: s.tier,
    architecture: s.architecture,
    repository: s.repository,
    runbook: s.runbook,
    onCall: s.onCall,
    dashboards: s.dashboards,
  };
  if (wanted.tier !== derived.tier) annotations[ANN.tier] = wanted.tier === null ? '' : String(wanted.tier);
  if (wanted.architecture !== derived.architecture) annotations[ANN.architecture] = wanted.architecture ?? '';
  // Our own annotation, not backstage.io/source-location: that one would be kept verbatim on
  // re-import and so change the entity.
  if (wanted.repository !== derived.repository) annotations[ANN.repository] = wanted.repository ?? '';
  if (wanted.runbook !== derived.runbook) annotations[ANN.runbook] = wanted.runbook ?? '';
  if (wanted.onCall !== derived.onCall) annotations[ANN.onCall] = wanted.onCall ?? '';
  if (wanted.dashboards.join(' ') !== derived.dashboards.join(' ')) annotations[ANN.dashboards] = wanted.dashboards.join(', ');
  if (kinds.length > 0) annotations[ANN.dependencyKinds] = kinds.join(', ');
  return entityDoc(
    'Component',
    { ...s, annotations },
    {},
    compact({
      type: s.type,
      lifecycle: s.lifecycle,
      owner: s.owner,
      system: s.system,
      providesApis: s.providesApis.length > 0 ? s.providesApis : undefined,
      consumesApis: consumesApis.length > 0 ? consumesApis : undefined,
      dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
    }),
  );
}

function entityDoc(kind: string, e: EntityBase, metaOverride: Record<string, string>, spec: Doc): Doc {
  const top: Doc = {};
  const extraMeta: Doc = {};
  for (const [k, v] of Object.entries(e.extra.metadata ?? {})) {
    if (k.startsWith('$')) top[k.slice(1)] = v;
    else extraMeta[k] = v;
  }
  const metadata = compact({
    name: e.name,
    namespace: e.extra.namespace,
    title: e.title,
    description: e.description,
    labels: nonEmpty(e.labels),
    annotations: nonEmpty(e.annotations),
    tags: e.tags.length > 0 ? e.tags : undefined,
    links: e.links.length > 0 ? e.links : undefined,
    ...extraMeta,
    ...metaOverride,
  });
  // Unknown spec fields first, then ours on top (ours win: they are the catalog's truth).
  const mergedSpec: Doc = { ...e.extra.spec };
  for (const [k, v] of Object.entries(spec)) mergedSpec[k] = v;
  return { apiVersion: e.extra.apiVersion ?? API_VERSION, kind, metadata, spec: mergedSpec, ...top };
}

function compact(obj: Doc): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

function nonEmpty(rec: Record<string, string>): Record<string, string> | undefined {
  return Object.keys(rec).length > 0 ? rec : undefined;
}

function objectOf(value: unknown): Doc {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}
