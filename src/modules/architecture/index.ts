/** The architecture module's public surface: its service, routes and types. */
export { createArchitectureService, type ArchitectureService, type ArchitectureOptions } from './architecture.service.js';
export { architectureRoutes, type ArchitectureRoutesOptions } from './architecture.routes.js';
export { SYSTEM_DESIGN_REVIEW, BUILT_IN_TEMPLATES, type ReviewTemplate } from './review-templates.js';
export type * from './architecture.js';
export type * from './architecture.schema.js';
