/**
 * The entity kinds the API serves, and per kind: how it is addressed, what it references,
 * and an empty entity to fill. Pure data, shared by the service, routes and CLI.
 */
import { emptyBase, type Api, type Domain, type Person, type Resource, type Service, type System, type Team } from './catalog.js';

export const REST_KINDS = ['team', 'person', 'system', 'domain', 'service', 'api', 'resource'] as const;
export type RestKind = (typeof REST_KINDS)[number];

export interface EntityByKind {
  team: Team;
  person: Person;
  system: System;
  domain: Domain;
  service: Service;
  api: Api;
  resource: Resource;
}
export type AnyEntity = EntityByKind[RestKind];

export interface KindInfo {
  /** URL segment and CLI word: /api/v1/<plural> */
  plural: string;
  /** Capitalised, for operationIds: listServices, getService, ... */
  singular: string;
  pluralLabel: string;
  hasOwner: boolean;
  /** The field holding what the entity belongs to, and the kind it names. */
  container: { field: 'system' | 'domain' | 'parent'; kind: RestKind } | null;
}

export const KINDS: { readonly [K in RestKind]: KindInfo } = {
  team: { plural: 'teams', singular: 'Team', pluralLabel: 'Teams', hasOwner: false, container: { field: 'parent', kind: 'team' } },
  person: { plural: 'people', singular: 'Person', pluralLabel: 'People', hasOwner: false, container: null },
  system: { plural: 'systems', singular: 'System', pluralLabel: 'Systems', hasOwner: true, container: { field: 'domain', kind: 'domain' } },
  domain: { plural: 'domains', singular: 'Domain', pluralLabel: 'Domains', hasOwner: true, container: { field: 'parent', kind: 'domain' } },
  service: { plural: 'services', singular: 'Service', pluralLabel: 'Services', hasOwner: true, container: { field: 'system', kind: 'system' } },
  api: { plural: 'apis', singular: 'Api', pluralLabel: 'Apis', hasOwner: true, container: { field: 'system', kind: 'system' } },
  resource: { plural: 'resources', singular: 'Resource', pluralLabel: 'Resources', hasOwner: true, container: { field: 'system', kind: 'system' } },
};

export function kindOfPlural(plural: string): RestKind | undefined {
  return REST_KINDS.find((k) => KINDS[k].plural === plural);
}

export const EMPTY: { readonly [K in RestKind]: (name: string) => EntityByKind[K] } = {
  team: (name) => ({ ...emptyBase(name), type: null, email: null, onCall: null, parent: null }),
  person: (name) => ({ ...emptyBase(name), email: null, memberOf: [] }),
  system: (name) => ({ ...emptyBase(name), owner: null, domain: null }),
  domain: (name) => ({ ...emptyBase(name), owner: null, parent: null }),
  service: (name) => ({
    ...emptyBase(name),
    owner: null,
    system: null,
    type: null,
    tier: null,
    lifecycle: null,
    architecture: null,
    repository: null,
    runbook: null,
    dashboards: [],
    onCall: null,
    providesApis: [],
  }),
  api: (name) => ({ ...emptyBase(name), owner: null, system: null, type: null, lifecycle: null, definition: null }),
  resource: (name) => ({ ...emptyBase(name), owner: null, system: null, type: null }),
};

export function ownerOf(entity: AnyEntity): string | null {
  return 'owner' in entity ? entity.owner : null;
}

export function containerOf(kind: RestKind, entity: AnyEntity): string | null {
  const field = KINDS[kind].container?.field;
  if (field === undefined) return null;
  const value: unknown = Object.entries(entity).find(([key]) => key === field)?.[1];
  return typeof value === 'string' ? value : null;
}
