import type { Team, TeamInput, TeamPatch } from '../../../api/types.js';

// Form text <-> API body for a team. Pure.

export interface TeamFormValues {
  name: string;
  title: string;
  description: string;
  email: string;
  onCall: string;
  parent: string;
}

export const TEAM_FIELDS: readonly string[] = ['name', 'title', 'description', 'email', 'onCall', 'parent'];

export function emptyTeamForm(): TeamFormValues {
  return { name: '', title: '', description: '', email: '', onCall: '', parent: '' };
}

export function fromTeam(t: Team): TeamFormValues {
  return {
    name: t.name,
    title: t.title ?? '',
    description: t.description ?? '',
    email: t.email ?? '',
    onCall: t.onCall ?? '',
    parent: t.parent ?? '',
  };
}

const OPTIONAL = ['title', 'description', 'email', 'onCall', 'parent'] as const;

export function toTeamInput(v: TeamFormValues): TeamInput {
  const input: TeamInput = { name: v.name.trim() };
  for (const key of OPTIONAL) {
    const value = v[key].trim();
    if (value !== '') input[key] = value;
  }
  return input;
}

export function toTeamPatch(original: TeamFormValues, v: TeamFormValues): TeamPatch {
  const patch: TeamPatch = {};
  for (const key of OPTIONAL) {
    if (original[key].trim() !== v[key].trim()) patch[key] = v[key].trim() === '' ? null : v[key].trim();
  }
  return patch;
}
