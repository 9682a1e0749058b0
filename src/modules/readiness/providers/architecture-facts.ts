/**
 * The architecture module's facts (namespace `architecture`): decisions recorded as ADRs for
 * the service or its system, and its design reviews, open or overdue. Reads the architecture
 * module through its public service only.
 */
import type { ArchitectureService } from '../../architecture/index.js';
import type { FactNamespace, FactProvider, FactValues } from '../facts.js';

export const ARCHITECTURE_FACTS: FactNamespace = {
  namespace: 'architecture',
  description: 'Decisions and design reviews from the architecture module.',
  facts: [
    {
      name: 'adrCount',
      type: 'int',
      description: 'ADRs recorded for the service or for its system',
      fixHint: 'Record the significant decisions as ADRs (groundwork adr new, or decide a design review)',
      fixLink: '/api/v1/adrs?service={service}',
    },
    { name: 'serviceAdrCount', type: 'int', description: 'ADRs recorded for the service itself' },
    {
      name: 'openReviews',
      type: 'int',
      description: 'design reviews of the service not yet decided or withdrawn',
      fixHint: 'Bring the open design reviews to a decision or withdraw them',
      fixLink: '/api/v1/reviews?service={service}',
    },
    {
      name: 'staleReviews',
      type: 'int',
      description: 'design reviews of the service whose reviewers have been waiting past the overdue period',
      fixHint: 'Chase the reviewers of the overdue design reviews, or withdraw them',
      fixLink: '/api/v1/reviews?service={service}&overdue=true',
    },
  ],
};

/** The part of the architecture service the provider reads. */
export type ArchitectureReader = Pick<ArchitectureService, 'listAdrs' | 'listReviews'>;

const OPEN_STATES = ['draft', 'in-review', 'approved', 'changes-requested'] as const;
const PAGE = 500;

async function everyPage<T>(read: (after: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>, cursorOf: (item: T) => string): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await read(after);
    out.push(...page.items);
    const last = page.items.at(-1);
    if (page.nextCursor === null || last === undefined) return out;
    after = cursorOf(last);
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

interface Counts {
  readonly serviceAdrs: ReadonlyMap<string, number>;
  readonly systemAdrs: ReadonlyMap<string, number>;
  readonly open: ReadonlyMap<string, number>;
  readonly stale: ReadonlyMap<string, number>;
}

type Review = Awaited<ReturnType<ArchitectureReader['listReviews']>>['items'][number];

function reviewCounts(reviews: readonly Review[]): { open: Map<string, number>; stale: Map<string, number> } {
  const open = new Map<string, number>();
  const stale = new Map<string, number>();
  for (const review of reviews) {
    if (review.service === null || !(OPEN_STATES as readonly string[]).includes(review.state)) continue;
    increment(open, review.service);
    if (review.overdue) increment(stale, review.service);
  }
  return { open, stale };
}

/** Every ADR and every open review, counted: a few queries for any number of services. */
async function countAll(architecture: ArchitectureReader): Promise<Counts> {
  const [serviceAdrs, systemAdrs, ...openByState] = await Promise.all([
    everyPage((after) => architecture.listAdrs({ scope: 'service' }, { limit: PAGE, after }), (adr) => adr.id),
    everyPage((after) => architecture.listAdrs({ scope: 'system' }, { limit: PAGE, after }), (adr) => adr.id),
    ...OPEN_STATES.map((state) => everyPage((after) => architecture.listReviews({ state }, { limit: PAGE, after }), (review) => review.id)),
  ]);
  const byService = new Map<string, number>();
  for (const adr of serviceAdrs) increment(byService, adr.scopeName);
  const bySystem = new Map<string, number>();
  for (const adr of systemAdrs) increment(bySystem, adr.scopeName);
  return { serviceAdrs: byService, systemAdrs: bySystem, ...reviewCounts(openByState.flat()) };
}

/** A few services (one service's page): their own ADRs and reviews, and the system ADRs. */
async function countFew(architecture: ArchitectureReader, services: readonly string[]): Promise<Counts> {
  const [systemAdrs, ...perService] = await Promise.all([
    everyPage((after) => architecture.listAdrs({ scope: 'system' }, { limit: PAGE, after }), (adr) => adr.id),
    ...services.map(async (service) => ({
      service,
      adrs: await everyPage((after) => architecture.listAdrs({ service }, { limit: PAGE, after }), (adr) => adr.id),
      reviews: await everyPage((after) => architecture.listReviews({ service }, { limit: PAGE, after }), (review) => review.id),
    })),
  ]);
  const bySystem = new Map<string, number>();
  for (const adr of systemAdrs) increment(bySystem, adr.scopeName);
  return {
    serviceAdrs: new Map(perService.map((entry) => [entry.service, entry.adrs.length])),
    systemAdrs: bySystem,
    ...reviewCounts(perService.flatMap((entry) => entry.reviews)),
  };
}

/** Up to this many services are counted with per-service queries, more with whole listings. */
const FEW = 5;

export function architectureFactProvider(architecture: ArchitectureReader): FactProvider {
  return {
    ...ARCHITECTURE_FACTS,
    async collect(services, catalog) {
      const counts = services.length <= FEW ? await countFew(architecture, services) : await countAll(architecture);
      const out = new Map<string, FactValues>();
      for (const service of services) {
        const system = catalog.get(service)?.system;
        const own = counts.serviceAdrs.get(service) ?? 0;
        out.set(service, {
          adrCount: own + (typeof system === 'string' ? (counts.systemAdrs.get(system) ?? 0) : 0),
          serviceAdrCount: own,
          openReviews: counts.open.get(service) ?? 0,
          staleReviews: counts.stale.get(service) ?? 0,
        });
      }
      return out;
    },
  };
}
