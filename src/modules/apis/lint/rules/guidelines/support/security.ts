/**
 * Effective security of an operation (OpenAPI: the operation's `security`, else the
 * document's). Pure data logic.
 */
import { isRecord } from '../../../../document/index.js';

/** The security requirements that apply to an operation, or undefined when none is declared. */
export function effectiveSecurity(root: unknown, operation: Record<string, unknown>): readonly unknown[] | undefined {
  const own: unknown = operation['security'];
  if (Array.isArray(own)) return own as readonly unknown[];
  const inherited: unknown = isRecord(root) ? root['security'] : undefined;
  return Array.isArray(inherited) ? (inherited as readonly unknown[]) : undefined;
}

/**
 * True when a caller must authenticate: at least one requirement applies and none of them is
 * the empty requirement `{}` (which makes authentication optional).
 */
export function isSecured(root: unknown, operation: Record<string, unknown>): boolean {
  const requirements = effectiveSecurity(root, operation);
  if (requirements === undefined || requirements.length === 0) return false;
  return requirements.every((requirement) => isRecord(requirement) && Object.keys(requirement).length > 0);
}
