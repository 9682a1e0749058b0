/** The architecture hygiene scorecard: decisions recorded and reviews not left to rot. */
import type { BuiltinScorecard } from './builtin-check.js';

const GROUP = 'Architecture';

export const ARCHITECTURE_HYGIENE: BuiltinScorecard = {
  name: 'architecture-hygiene',
  title: 'Architecture hygiene',
  description: 'Services placed in a system, with a declared style, recorded decisions and no stale design reviews.',
  levels: ['Bronze', 'Silver', 'Gold'],
  filter: null,
  checks: [
    { group: GROUP, level: 'Bronze', name: 'in-a-system', title: 'Belongs to a system', description: 'A service outside any system has no architectural context and no obvious reviewers.', automatic: { expression: 'service.system != ""', needs: ['service'] } },
    { group: GROUP, level: 'Silver', name: 'architecture-style', title: 'Declares its architecture style', description: 'Monolith, service or function: the style decides which practices (tracing, contract tests) apply.', automatic: { expression: 'service.architecture != ""', needs: ['service'] } },
    { group: GROUP, level: 'Silver', name: 'adrs-for-tier-1', title: 'Tier-1 services record decisions as ADRs', description: 'The most critical services need their significant decisions written down with context and options (ADRs of the service or of its system count).', automatic: { expression: 'service.tier > 1 || architecture.adrCount > 0', needs: ['service', 'architecture'] }, validForDays: 365 },
    { group: GROUP, level: 'Silver', name: 'no-stale-reviews', title: 'No stale design reviews', description: 'A design review whose reviewers are kept waiting past the overdue period blocks work or gets bypassed.', automatic: { expression: 'architecture.staleReviews == 0', needs: ['architecture'] }, validForDays: 30 },
    { group: GROUP, level: 'Gold', name: 'bounded-fan-out', title: 'At most 10 declared dependencies', description: 'Each synchronous dependency is a failure mode; a wide fan-out multiplies them.', automatic: { expression: 'service.dependencyCount <= 10', needs: ['service'] } },
    { group: GROUP, level: 'Gold', name: 'microservice-prerequisites', title: 'Microservices have discovery, tracing and contract tests', description: 'Microservices without service discovery, distributed tracing and contract testing are a distributed monolith.', validForDays: 365 },
  ],
};
