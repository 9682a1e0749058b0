/**
 * `groundwork:guidelines` — Groundwork's API design guidelines as code. One rule per file in
 * `rules/guidelines/<id>.ts`; this explicit registry lists them (no file-system discovery),
 * and `satisfies` checks every entry is a complete guideline rule. `docs/api-guidelines.md`
 * is generated from it (`npm run docs:guidelines`).
 */
import type { RulesetDefinition } from '../engine/types.js';
import { bodyExamples } from '../rules/guidelines/gw-body-examples.js';
import { deprecatedSunset } from '../rules/guidelines/gw-deprecated-sunset.js';
import { errorsAuthDocumented } from '../rules/guidelines/gw-errors-auth-documented.js';
import { errorsDocumented } from '../rules/guidelines/gw-errors-documented.js';
import { errorsProblemDetails } from '../rules/guidelines/gw-errors-problem-details.js';
import { infoContact } from '../rules/guidelines/gw-info-contact.js';
import { infoVersionFormat } from '../rules/guidelines/gw-info-version-format.js';
import { noSecretsInQuery } from '../rules/guidelines/gw-no-secrets-in-query.js';
import { operationIdCamelCase } from '../rules/guidelines/gw-operation-id-camel-case.js';
import { operationIdUnique } from '../rules/guidelines/gw-operation-id-unique.js';
import { operationSecurity } from '../rules/guidelines/gw-operation-security.js';
import { operationSummary } from '../rules/guidelines/gw-operation-summary.js';
import { paginationConsistentNames } from '../rules/guidelines/gw-pagination-consistent-names.js';
import { paginationLimitMaximum } from '../rules/guidelines/gw-pagination-limit-maximum.js';
import { paginationNextPage } from '../rules/guidelines/gw-pagination-next-page.js';
import { paginationParametersRule } from '../rules/guidelines/gw-pagination-parameters.js';
import { pathsKebabCase } from '../rules/guidelines/gw-paths-kebab-case.js';
import { pathsNoVerbs } from '../rules/guidelines/gw-paths-no-verbs.js';
import { pathsPluralCollections } from '../rules/guidelines/gw-paths-plural-collections.js';
import { propertiesConsistentCasing } from '../rules/guidelines/gw-properties-consistent-casing.js';
import { serversHttps } from '../rules/guidelines/gw-servers-https.js';
import { tagsDefined } from '../rules/guidelines/gw-tags-defined.js';
import { versioningSingleStrategy } from '../rules/guidelines/gw-versioning-single-strategy.js';
import type { GuidelineRule } from '../rules/guidelines/support/guideline-rule.js';

/** Every guideline rule by id, in the order the guidelines document lists them (by category). */
export const guidelineRules = {
  // naming
  'gw-paths-kebab-case': pathsKebabCase,
  'gw-paths-plural-collections': pathsPluralCollections,
  'gw-paths-no-verbs': pathsNoVerbs,
  'gw-properties-consistent-casing': propertiesConsistentCasing,
  'gw-operation-id-unique': operationIdUnique,
  'gw-operation-id-camel-case': operationIdCamelCase,
  // errors
  'gw-errors-documented': errorsDocumented,
  'gw-errors-problem-details': errorsProblemDetails,
  'gw-errors-auth-documented': errorsAuthDocumented,
  // pagination
  'gw-pagination-parameters': paginationParametersRule,
  'gw-pagination-consistent-names': paginationConsistentNames,
  'gw-pagination-limit-maximum': paginationLimitMaximum,
  'gw-pagination-next-page': paginationNextPage,
  // versioning
  'gw-versioning-single-strategy': versioningSingleStrategy,
  'gw-info-version-format': infoVersionFormat,
  'gw-deprecated-sunset': deprecatedSunset,
  // security
  'gw-operation-security': operationSecurity,
  'gw-no-secrets-in-query': noSecretsInQuery,
  'gw-servers-https': serversHttps,
  // documentation
  'gw-operation-summary': operationSummary,
  'gw-tags-defined': tagsDefined,
  'gw-body-examples': bodyExamples,
  'gw-info-contact': infoContact,
} satisfies Readonly<Record<string, GuidelineRule>>;

export type GuidelineRuleId = keyof typeof guidelineRules;

export const groundworkGuidelines: RulesetDefinition = {
  id: 'groundwork:guidelines',
  description: "Groundwork's API design guidelines: naming, errors, pagination, versioning, security, documentation.",
  documentationUrl: 'docs/api-guidelines.md',
  // Every rule reads OpenAPI structures (2.0 and 3.x); other documents get no guideline findings.
  formats: ['oas2', 'oas3'],
  rules: guidelineRules,
};
