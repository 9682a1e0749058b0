/** The API module's public surface: the registry's service, routes and types. */
export { createApisService, type ApisService, type ApisOptions, type ApiServiceFacts, type PublishResult } from './apis.service.js';
export { apisRoutes, type ApisRoutesOptions } from './apis.routes.js';
export { DEFAULT_POLICY, RULESETS, type ReleasePolicy, type RulesetName, type StoredOperation, type Violation } from './apis.js';
export type * from './apis.schema.js';
