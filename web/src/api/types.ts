// The API's shapes, taken from the server's own TypeBox schemas (type-only imports: nothing
// from the server lands in the bundle), so the UI and the API cannot drift apart.

export type { Actor, Role } from '../../../src/platform/auth/actor.js';
export type { Page } from '../../../src/platform/http/pagination.js';
export type {
  ServiceResponse as Service,
  ServiceCreate as ServiceInput,
  ServicePatch,
  TeamResponse as Team,
  TeamCreate as TeamInput,
  TeamPatch,
  SystemResponse as System,
  SearchResult,
  Graph,
  ImportResult,
  ImportIssueResponse as ImportIssue,
} from '../../../src/modules/catalog/catalog.schema.js';
export type { Link } from '../../../src/modules/catalog/catalog.js';

import type { Actor } from '../../../src/platform/auth/actor.js';

/** `GET/POST /api/v1/session` (platform.routes.ts SessionSchema). */
export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
}
