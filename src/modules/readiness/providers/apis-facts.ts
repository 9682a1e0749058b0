/**
 * The API registry's facts (namespace `apis`): versions, lint findings, breaking changes and
 * overdue sunsets of the latest version of each API a service provides. An adapter over the
 * apis module's `factsForServices` (its public service), so the registry keeps its queries.
 */
import type { FactNamespace, FactProvider, FactValues } from '../facts.js';

/** What `createApisService(db, { catalog }).factsForServices` returns per service. */
export interface ApiFacts {
  readonly versionedApis: number;
  readonly lintErrors: number;
  readonly lintWarnings: number;
  readonly breakingChangesLatest: number;
  readonly sunsetsOverdue: number;
}

export interface ApiFactsSource {
  readonly factsForServices: (services: string[]) => Promise<ReadonlyMap<string, ApiFacts>>;
}

const PUSH = 'Push each provided API\'s definition to the registry: groundwork api push FILE --api NAME --version V';

export const APIS_FACTS: FactNamespace = {
  namespace: 'apis',
  description: 'The API registry: the latest version of each API the service provides.',
  facts: [
    { name: 'versionedApis', type: 'int', description: 'provided APIs with at least one version in the registry (their release policy applies)', fixHint: PUSH, fixLink: '/apis' },
    { name: 'lintErrors', type: 'int', description: 'guideline lint errors in the latest versions', fixHint: 'Fix the lint errors (see the API design guidelines) and push a new version', fixLink: '/apis' },
    { name: 'lintWarnings', type: 'int', description: 'guideline lint warnings in the latest versions', fixHint: 'Fix the lint warnings and push a new version', fixLink: '/apis' },
    { name: 'breakingChangesLatest', type: 'int', description: 'breaking changes the latest versions introduced over their previous versions', fixHint: 'Restore compatibility or release the change as a new major version', fixLink: '/apis' },
    { name: 'sunsetsOverdue', type: 'int', description: 'operations still present past their announced sunset date', fixHint: 'Remove the operations past their sunset, or announce a later date', fixLink: '/apis' },
  ],
};

const NONE: ApiFacts = { versionedApis: 0, lintErrors: 0, lintWarnings: 0, breakingChangesLatest: 0, sunsetsOverdue: 0 };

function factValues(facts: ApiFacts): FactValues {
  return {
    versionedApis: facts.versionedApis,
    lintErrors: facts.lintErrors,
    lintWarnings: facts.lintWarnings,
    breakingChangesLatest: facts.breakingChangesLatest,
    sunsetsOverdue: facts.sunsetsOverdue,
  };
}

export function apisFactProvider(source: ApiFactsSource): FactProvider {
  return {
    ...APIS_FACTS,
    async collect(services, catalog) {
      // Only services that provide APIs can have registry facts: ask about those alone.
      const providing = services.filter((service) => {
        const provided = catalog.get(service)?.providedApis;
        return Array.isArray(provided) && provided.length > 0;
      });
      const found = providing.length === 0 ? new Map<string, ApiFacts>() : await source.factsForServices(providing);
      return new Map(services.map((service) => [service, factValues(found.get(service) ?? NONE)]));
    },
  };
}
