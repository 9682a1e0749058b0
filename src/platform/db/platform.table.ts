/** Tables of the platform itself: tokens, sessions, audit log, idempotency keys, settings. */
import type { Insertable, Selectable } from 'kysely';

export interface TokenTable {
  id: string;
  name: string;
  role: string;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the session id kept in the cookie. */
  id_hash: string;
  token_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AuditTable {
  id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

export interface IdempotencyTable {
  actor_id: string;
  key: string;
  method: string;
  url: string;
  status: number;
  content_type: string | null;
  body: string;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface PlatformTables {
  tokens: TokenTable;
  sessions: SessionTable;
  audit_log: AuditTable;
  idempotency_keys: IdempotencyTable;
  settings: SettingTable;
}

export type TokenRow = Selectable<TokenTable>;
export type NewTokenRow = Insertable<TokenTable>;
export type AuditRow = Selectable<AuditTable>;
