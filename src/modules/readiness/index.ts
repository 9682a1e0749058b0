/** The readiness module's public surface: its service, routes, fact model and types. */
export { createReadinessService, type ReadinessService, type ReadinessServiceOptions, type ServiceReadiness } from './readiness.service.js';
export { readinessRoutes, type ReadinessRoutesOptions } from './readiness.routes.js';
export { FactRegistry } from './fact-registry.js';
export type { FactDefinition, FactNamespace, FactProvider, FactType, FactValue, FactValues, Subject } from './facts.js';
export type * from './readiness.js';
export { architectureFactProvider, ARCHITECTURE_FACTS, type ArchitectureReader } from './providers/architecture-facts.js';
export { apisFactProvider, APIS_FACTS, type ApiFacts, type ApiFactsSource } from './providers/apis-facts.js';
