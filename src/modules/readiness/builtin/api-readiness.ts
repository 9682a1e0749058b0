/** The API readiness scorecard: for services that provide APIs. */
import type { BuiltinScorecard } from './builtin-check.js';

const GROUP = 'API';

export const API_READINESS: BuiltinScorecard = {
  name: 'api-readiness',
  title: 'API readiness',
  description: 'APIs that follow the guidelines, are documented and evolve without breaking consumers.',
  levels: ['Bronze', 'Silver', 'Gold'],
  filter: 'size(service.providedApis) > 0',
  checks: [
    { group: GROUP, level: 'Bronze', name: 'api-owner', title: 'API has an owner', description: 'Consumers need someone to ask and to negotiate changes with.', automatic: { expression: 'service.owner != ""', needs: ['service'] } },
    { group: GROUP, level: 'Bronze', name: 'api-definitions', title: 'Every provided API has a definition', description: 'A machine-readable definition is what lint, diff, docs and client generation work from.', automatic: { expression: 'service.apisWithDefinition >= size(service.providedApis)', needs: ['service'] } },
    { group: GROUP, level: 'Silver', name: 'api-lint-clean', title: 'Guidelines lint clean', description: 'Lint errors are violations of the API guidelines that reviewers would otherwise catch by hand.', automatic: { expression: 'apis.versionedApis > 0 && apis.lintErrors == 0', needs: ['apis'] }, validForDays: 90 },
    { group: GROUP, level: 'Silver', name: 'api-versioning', title: 'Versioning and deprecation policy', description: 'A declared policy tells consumers how long a version lives and how they will be warned: every provided API is versioned in the registry, whose release policy enforces major versions for breaking changes and deprecation periods.', automatic: { expression: 'apis.versionedApis >= size(service.providedApis)', needs: ['service', 'apis'] }, validForDays: 365 },
    { group: GROUP, level: 'Gold', name: 'no-pending-breaking-changes', title: 'No breaking changes in the latest versions', description: 'A breaking change released without a new major version (forced past the release policy) breaks consumers.', automatic: { expression: 'apis.breakingChangesLatest == 0', needs: ['apis'] }, validForDays: 30 },
    { group: GROUP, level: 'Gold', name: 'no-overdue-sunsets', title: 'No overdue sunsets', description: 'An operation past its announced sunset date must be removed or its date moved, or the deprecation means nothing.', automatic: { expression: 'apis.sunsetsOverdue == 0', needs: ['apis'] }, validForDays: 30 },
    { group: GROUP, level: 'Gold', name: 'api-lint-warnings', title: 'No guideline lint warnings', description: 'Warnings are the guidelines\' softer rules; an exemplary API follows them too.', automatic: { expression: 'apis.versionedApis > 0 && apis.lintWarnings == 0', needs: ['apis'] }, validForDays: 90 },
  ],
};
