// Interim shapes of the catalog API, written from issue 2 until the server's TypeBox schema
// files land; then this file only re-exports their `Static` types.

export type Role = 'viewer' | 'member' | 'admin';
export interface Actor {
  id: string;
  name: string;
  role: Role;
}
export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Lifecycle = 'experimental' | 'production' | 'deprecated';
export type ArchitectureKind = 'monolith' | 'service' | 'function';

export interface Link {
  url: string;
  title?: string;
}

export interface Service {
  name: string;
  title?: string | null;
  description?: string | null;
  owner?: string | null;
  system?: string | null;
  tier?: number | null;
  lifecycle?: Lifecycle | null;
  architecture?: ArchitectureKind | null;
  repository?: string | null;
  runbook?: string | null;
  dashboards?: string[];
  onCall?: string | null;
  links?: Link[];
  tags?: string[];
}
export type ServiceInput = Service;
export type ServicePatch = Partial<Service>;

export interface Team {
  name: string;
  title?: string | null;
  description?: string | null;
  email?: string | null;
  onCall?: string | null;
  parent?: string | null;
  tags?: string[];
  links?: Link[];
}
export type TeamInput = Team;
export type TeamPatch = Partial<Team>;

export interface System {
  name: string;
  title?: string | null;
  description?: string | null;
  owner?: string | null;
}
