/**
 * The catalog's facts about a service (namespace `service`): what the catalog knows,
 * turned into typed facts. Pure: the provider that reads the catalog lives in
 * `catalog-fact-provider.ts`.
 */
import type { FactNamespace, FactValues } from './facts.js';

const EDIT = 'Set it in the service\'s catalog-info.yaml and re-import, or PATCH /api/v1/services/{service}';
const LINK = '/api/v1/services/{service}';

export const CATALOG_FACTS: FactNamespace = {
  namespace: 'service',
  description: 'What the catalog knows about the service.',
  facts: [
    { name: 'name', type: 'string', description: 'service name (slug)' },
    { name: 'description', type: 'string', description: 'what the service does', fixHint: `Describe the service. ${EDIT}`, fixLink: LINK },
    { name: 'owner', type: 'string', description: 'owning team', fixHint: `Name the owning team (spec.owner). ${EDIT}`, fixLink: LINK },
    { name: 'system', type: 'string', description: 'system the service belongs to', fixHint: `Assign a system (spec.system). ${EDIT}`, fixLink: LINK },
    { name: 'type', type: 'string', description: 'component type (service, website, library, ...)' },
    { name: 'tier', type: 'int', description: 'criticality tier, 1 (most critical) to 4', fixHint: `Declare the tier. ${EDIT}`, fixLink: LINK },
    { name: 'lifecycle', type: 'string', description: 'lifecycle: experimental, production or deprecated', fixHint: `Declare the lifecycle (spec.lifecycle). ${EDIT}`, fixLink: LINK },
    { name: 'runbook', type: 'string', description: 'runbook URL', fixHint: `Write a runbook and link it. ${EDIT}`, fixLink: LINK },
    { name: 'onCall', type: 'string', description: 'on-call schedule reference', fixHint: `Reference the on-call schedule. ${EDIT}`, fixLink: LINK },
    { name: 'dashboards', type: 'list<string>', description: 'dashboard URLs', fixHint: `Link the service's dashboards. ${EDIT}`, fixLink: LINK },
    { name: 'repository', type: 'string', description: 'source repository URL', fixHint: `Link the source repository. ${EDIT}`, fixLink: LINK },
    { name: 'architecture', type: 'string', description: 'architecture style: monolith, service or function', fixHint: `Declare the architecture style. ${EDIT}`, fixLink: LINK },
    { name: 'tags', type: 'list<string>', description: 'tags' },
    { name: 'dependencyCount', type: 'int', description: 'number of declared dependencies', fixHint: 'Declare dependencies: POST /api/v1/dependencies', fixLink: '/api/v1/dependencies?source={service}' },
    { name: 'providedApis', type: 'list<string>', description: 'APIs the service provides' },
    { name: 'apisWithDefinition', type: 'int', description: 'provided APIs whose catalog entry holds a definition', fixHint: 'Add the API definition to each provided API entity', fixLink: '/api/v1/apis' },
  ],
};

/** The fields of a catalog service the facts derive from (structurally the catalog's `Service`). */
export interface CatalogServiceInput {
  readonly name: string;
  readonly description: string | null;
  readonly owner: string | null;
  readonly system: string | null;
  readonly type: string | null;
  readonly tier: number | null;
  readonly lifecycle: string | null;
  readonly runbook: string | null;
  readonly onCall: string | null;
  readonly dashboards: string[];
  readonly repository: string | null;
  readonly architecture: string | null;
  readonly tags: string[];
  readonly providesApis: string[];
}

/** Empty strings count as missing: a blank runbook is no runbook. */
function text(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

export function catalogFacts(service: CatalogServiceInput, dependencyCount: number, apisWithDefinition: number): FactValues {
  return {
    name: service.name,
    description: text(service.description),
    owner: text(service.owner),
    system: text(service.system),
    type: text(service.type),
    tier: service.tier,
    lifecycle: text(service.lifecycle),
    runbook: text(service.runbook),
    onCall: text(service.onCall),
    dashboards: service.dashboards,
    repository: text(service.repository),
    architecture: text(service.architecture),
    tags: service.tags,
    dependencyCount,
    providedApis: service.providesApis,
    apisWithDefinition,
  };
}

/** The owning team for rollups: a team name, or null for none or a person (`user:...`). */
export function teamOf(owner: string | null): string | null {
  if (owner === null || owner === '' || owner.startsWith('user:')) return null;
  return owner;
}
