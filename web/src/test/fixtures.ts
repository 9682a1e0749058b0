import type { Service, Team } from '../api/types.js';

// Complete API objects (every field the schema requires), with overrides per test.

const NOW = '2026-11-28T12:00:00.000Z';
const base = { title: null, description: null, tags: [], links: [], annotations: {}, labels: {}, extra: {}, unresolved: [], createdAt: NOW, updatedAt: NOW };

export function aService(overrides: Partial<Service> & { name: string }): Service {
  return {
    ...base,
    owner: null,
    system: null,
    type: 'service',
    tier: null,
    lifecycle: null,
    architecture: null,
    repository: null,
    runbook: null,
    dashboards: [],
    onCall: null,
    providesApis: [],
    ...overrides,
  };
}

export function aTeam(overrides: Partial<Team> & { name: string }): Team {
  return { ...base, type: 'team', email: null, onCall: null, parent: null, ...overrides };
}
