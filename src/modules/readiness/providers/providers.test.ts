import { describe, expect, it } from 'vitest';
import type { FactValues } from '../facts.js';
import { FactRegistry } from '../fact-registry.js';
import { CATALOG_FACTS } from '../catalog-facts.js';
import { builtinScorecards } from '../builtin/index.js';
import { compileScorecard } from '../evaluator.js';
import { apisFactProvider, type ApiFacts } from './apis-facts.js';
import { architectureFactProvider, type ArchitectureReader } from './architecture-facts.js';

const catalog = new Map<string, FactValues>([
  ['checkout', { name: 'checkout', system: 'payments', providedApis: ['checkout-api', 'refunds-api'] }],
  ['ledger', { name: 'ledger', system: 'payments', providedApis: [] }],
  ['search', { name: 'search', system: null, providedApis: ['search-api'] }],
]);
const names = [...catalog.keys()];

describe('apis fact provider (adapter over factsForServices)', () => {
  it('asks the registry only about services that provide APIs, and gives zeros to the others', async () => {
    const asked: string[][] = [];
    const provider = apisFactProvider({
      factsForServices: async (services) => {
        asked.push(services);
        return new Map<string, ApiFacts>([['checkout', { versionedApis: 2, lintErrors: 3, lintWarnings: 1, breakingChangesLatest: 0, sunsetsOverdue: 1 }]]);
      },
    });
    const facts = await provider.collect(names, catalog);
    expect(asked).toEqual([['checkout', 'search']]);
    expect(facts.get('checkout')).toEqual({ versionedApis: 2, lintErrors: 3, lintWarnings: 1, breakingChangesLatest: 0, sunsetsOverdue: 1 });
    // Not in the registry yet: no versions, nothing to count.
    expect(facts.get('search')).toEqual({ versionedApis: 0, lintErrors: 0, lintWarnings: 0, breakingChangesLatest: 0, sunsetsOverdue: 0 });
    expect(facts.get('ledger')?.versionedApis).toBe(0);
  });

  it('does not call the registry when no service provides an API', async () => {
    let called = false;
    const provider = apisFactProvider({
      factsForServices: async () => {
        called = true;
        return new Map();
      },
    });
    expect((await provider.collect(['ledger'], catalog)).get('ledger')?.lintErrors).toBe(0);
    expect(called).toBe(false);
  });
});

type Adr = Awaited<ReturnType<ArchitectureReader['listAdrs']>>['items'][number];
type Review = Awaited<ReturnType<ArchitectureReader['listReviews']>>['items'][number];

function fakeArchitecture(adrs: Partial<Adr>[], reviews: Partial<Review>[]): ArchitectureReader & { calls: string[] } {
  const calls: string[] = [];
  const page = <T extends { id?: string }>(items: T[], limit: number, after: string | undefined) => {
    const start = after === undefined ? 0 : items.findIndex((item) => item.id === after) + 1;
    const slice = items.slice(start, start + limit);
    return { items: slice, nextCursor: start + limit < items.length ? 'more' : null };
  };
  return {
    calls,
    listAdrs: async (filters, request) => {
      calls.push(filters.service === undefined ? `adrs:${filters.scope ?? ''}` : `adrs:service=${filters.service}`);
      const selected = filters.service === undefined ? adrs.filter((adr) => adr.scope === filters.scope) : adrs.filter((adr) => adr.scope === 'service' && adr.scopeName === filters.service);
      return page(selected as Adr[], request.limit, request.after);
    },
    listReviews: async (filters, request) => {
      calls.push(filters.service === undefined ? `reviews:${filters.state ?? ''}` : `reviews:service=${filters.service}`);
      const selected = reviews.filter((review) => (filters.state === undefined || review.state === filters.state) && (filters.service === undefined || review.service === filters.service));
      return page(selected as Review[], request.limit, request.after);
    },
  };
}

describe('architecture fact provider', () => {
  it('counts ADRs of the service and of its system, open and overdue reviews, in a few calls', async () => {
    const adrs: Partial<Adr>[] = [
      ...Array.from({ length: 1203 }, (_, i) => ({ id: `s${String(i).padStart(5, '0')}`, scope: 'service' as const, scopeName: i % 2 === 0 ? 'checkout' : 'other' })),
      { id: 'y1', scope: 'system', scopeName: 'payments' },
      { id: 'y2', scope: 'system', scopeName: 'payments' },
      { id: 'o1', scope: 'organization', scopeName: '' },
    ];
    const reviews: Partial<Review>[] = [
      { id: 'r1', state: 'in-review', service: 'checkout', overdue: true },
      { id: 'r2', state: 'draft', service: 'checkout', overdue: false },
      { id: 'r3', state: 'approved', service: 'ledger', overdue: false },
      { id: 'r4', state: 'in-review', service: null, overdue: true },
      { id: 'r5', state: 'decided', service: 'checkout', overdue: false },
    ];
    const architecture = fakeArchitecture(adrs, reviews);
    // Many services: whole listings. The fake catalog has three, so pad the batch with unknown ones.
    const many = [...names, 'a', 'b', 'c'];
    const facts = await architectureFactProvider(architecture).collect(many, catalog);
    expect(facts.get('checkout')).toEqual({ adrCount: 602 + 2, serviceAdrCount: 602, openReviews: 2, staleReviews: 1 });
    expect(facts.get('ledger')).toEqual({ adrCount: 2, serviceAdrCount: 0, openReviews: 1, staleReviews: 0 });
    expect(facts.get('search')).toEqual({ adrCount: 0, serviceAdrCount: 0, openReviews: 0, staleReviews: 0 });
    // Pages of 500: three for the service ADRs, one for system ADRs, one per open state.
    expect(architecture.calls.filter((call) => call === 'adrs:service')).toHaveLength(3);
    expect(architecture.calls.filter((call) => call.startsWith('reviews:'))).toHaveLength(4);

    // One service (its readiness page): its own ADRs and reviews, not every record.
    const one = fakeArchitecture(adrs, reviews);
    expect((await architectureFactProvider(one).collect(['checkout'], catalog)).get('checkout')).toEqual(facts.get('checkout'));
    expect(one.calls.sort()).toEqual(['adrs:service=checkout', 'adrs:service=checkout', 'adrs:system', 'reviews:service=checkout']);
  });
});

describe('built-in scorecards with the apis and architecture providers registered', () => {
  const registry = new FactRegistry().register(CATALOG_FACTS);
  registry.register(apisFactProvider({ factsForServices: async () => new Map() }));
  registry.register(architectureFactProvider(fakeArchitecture([], [])));
  const scorecards = builtinScorecards(registry);
  const rule = (scorecard: string, check: string) => scorecards.find((s) => s.name === scorecard)?.checks.find((c) => c.name === check)?.rule;

  it('turns the API and architecture checks automatic and all of them compile', () => {
    for (const definition of scorecards) expect(compileScorecard(registry, definition).ok, definition.name).toBe(true);
    for (const [scorecard, check] of [
      ['production-readiness', 'api-lint-clean'],
      ['production-readiness', 'api-versioning-policy'],
      ['api-readiness', 'api-lint-clean'],
      ['api-readiness', 'api-versioning'],
      ['api-readiness', 'no-pending-breaking-changes'],
      ['api-readiness', 'no-overdue-sunsets'],
      ['architecture-hygiene', 'adrs-for-tier-1'],
      ['architecture-hygiene', 'no-stale-reviews'],
    ] as const) {
      expect(rule(scorecard, check)?.kind, `${scorecard}/${check}`).toBe('expression');
    }
  });

  it('keeps attestations where no fact exists yet', () => {
    expect(rule('production-readiness', 'load-tested')?.kind).toBe('attestation');
    expect(rule('architecture-hygiene', 'microservice-prerequisites')?.kind).toBe('attestation');
  });

  it('falls back to attestations without the providers', () => {
    const bare = builtinScorecards(new FactRegistry().register(CATALOG_FACTS));
    expect(bare.find((s) => s.name === 'api-readiness')?.checks.find((c) => c.name === 'api-lint-clean')?.rule.kind).toBe('attestation');
  });
});
