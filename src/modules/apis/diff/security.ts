import type { SecurityAlternative } from './document-view.js';

/**
 * Security requirements are alternatives (OR) of scheme sets (AND). A client holding the
 * credentials of one base alternative keeps working when some head alternative asks for
 * no more than that: a subset of its schemes, each with a subset of its scopes.
 */
export function canSatisfy(credentials: SecurityAlternative, requirement: SecurityAlternative): boolean {
  for (const [scheme, scopes] of requirement) {
    const held = credentials.get(scheme);
    if (!held || !scopes.every((s) => held.includes(s))) return false;
  }
  return true;
}

export function allowsAnonymous(alternatives: readonly SecurityAlternative[]): boolean {
  return alternatives.length === 0 || alternatives.some((a) => a.size === 0);
}

export function describeAlternative(alternative: SecurityAlternative): string {
  return [...alternative]
    .map(([scheme, scopes]) => (scopes.length > 0 ? `${scheme} [${scopes.join(', ')}]` : scheme))
    .join(' + ');
}

export function sameSchemes(a: SecurityAlternative, b: SecurityAlternative): boolean {
  return a.size === b.size && [...a.keys()].every((k) => b.has(k));
}

/** Base alternatives (non-anonymous) whose holders can no longer call the head operation. */
export function lostAlternatives(base: readonly SecurityAlternative[], head: readonly SecurityAlternative[]): SecurityAlternative[] {
  if (allowsAnonymous(head)) return [];
  return base.filter((alt) => alt.size > 0 && !head.some((h) => canSatisfy(alt, h)));
}
