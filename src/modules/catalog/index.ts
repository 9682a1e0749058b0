/** The catalog module's public surface: its service, routes, CLI registration and types. */
export { createCatalogService, type CatalogService, type EntityResponse } from './catalog.service.js';
export { catalogRoutes, type CatalogRoutesOptions } from './catalog.routes.js';
export { REST_KINDS, KINDS, type RestKind, type EntityByKind } from './catalog.kinds.js';
export type * from './catalog.js';
export type * from './catalog.schema.js';
