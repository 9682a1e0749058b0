/** Who is making a request: resolved from a bearer token or a browser session. */
export const ROLES = ['viewer', 'member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** The token's id (sessions act as the token they were opened with). */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/** The actor for work done from the command line against the database directly. */
export const LOCAL_ACTOR: Actor = { id: 'local-cli', name: 'local CLI', role: 'admin' };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleAllows(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}
