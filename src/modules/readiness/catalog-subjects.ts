/**
 * Gathers evaluation subjects: the catalog's facts about services (through the catalog
 * module's public service) merged with the facts of every other registered provider.
 */
import { NotFoundError } from '../../platform/errors.js';
import type { CatalogContent, CatalogService } from '../catalog/index.js';
import { catalogFacts, teamOf } from './catalog-facts.js';
import type { FactProvider, FactValues, Subject } from './facts.js';

export interface SubjectSource {
  /** One service; throws NotFoundError when the catalog has no such service. */
  readonly one: (name: string) => Promise<Subject>;
  /** Every service in the catalog, in name order. */
  readonly all: () => Promise<Subject[]>;
}

async function withProviders(providers: readonly FactProvider[], base: readonly { name: string; team: string | null; facts: FactValues }[]): Promise<Subject[]> {
  const names = base.map((entry) => entry.name);
  const catalogFactsByName = new Map(base.map((entry) => [entry.name, entry.facts]));
  const collected = await Promise.all(providers.map(async (provider) => [provider.namespace, await provider.collect(names, catalogFactsByName)] as const));
  return base.map((entry) => {
    const facts: Record<string, FactValues> = { service: entry.facts };
    for (const [namespace, values] of collected) {
      const own = values.get(entry.name);
      if (own) facts[namespace] = own;
    }
    return { service: entry.name, team: entry.team, facts };
  });
}

function apisWithDefinition(content: CatalogContent): Map<string, boolean> {
  return new Map(content.apis.map((api) => [api.name, api.definition !== null && api.definition.trim() !== '']));
}

export function catalogSubjects(catalog: CatalogService, providers: readonly FactProvider[]): SubjectSource {
  return {
    async one(name) {
      const { value: service } = await catalog.get('service', name);
      let dependencyCount = 0;
      let after: string | undefined;
      do {
        const page = await catalog.listDependencies({ source: name }, { limit: 500, after });
        dependencyCount += page.items.length;
        after = page.nextCursor ?? undefined;
      } while (after !== undefined);
      let defined = 0;
      for (const api of service.providesApis) {
        try {
          const { value } = await catalog.get('api', api);
          if (value.definition !== null && value.definition.trim() !== '') defined += 1;
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
      const [subject] = await withProviders(providers, [{ name: service.name, team: teamOf(service.owner), facts: catalogFacts(service, dependencyCount, defined) }]);
      if (!subject) throw new NotFoundError(`There is no service "${name}".`);
      return subject;
    },

    async all() {
      const content = await catalog.exportCatalog();
      const dependencies = new Map<string, number>();
      for (const dependency of content.dependencies) dependencies.set(dependency.source, (dependencies.get(dependency.source) ?? 0) + 1);
      const defined = apisWithDefinition(content);
      const base = [...content.services]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((service) => ({
          name: service.name,
          team: teamOf(service.owner),
          facts: catalogFacts(service, dependencies.get(service.name) ?? 0, service.providesApis.filter((api) => defined.get(api) === true).length),
        }));
      return withProviders(providers, base);
    },
  };
}
