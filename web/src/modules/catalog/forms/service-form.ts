import type { Link, Service, ServiceInput, ServicePatch } from '../../../api/types.js';
import { TIERS } from '../../../../../src/modules/catalog/catalog.js';
import { LIFECYCLE_OPTIONS, ARCHITECTURE_OPTIONS } from '../options.js';

// Form text <-> API body for a service. Pure. The server validates; this only converts
// what the form's controls can produce.

export interface ServiceFormValues {
  name: string;
  title: string;
  description: string;
  owner: string;
  system: string;
  tier: string;
  lifecycle: string;
  architecture: string;
  repository: string;
  runbook: string;
  onCall: string;
  dashboards: string;
  tags: string;
  links: string;
}

export const SERVICE_FIELDS: readonly string[] = Object.keys(emptyServiceForm());

export function emptyServiceForm(): ServiceFormValues {
  return {
    name: '', title: '', description: '', owner: '', system: '', tier: '', lifecycle: '', architecture: '',
    repository: '', runbook: '', onCall: '', dashboards: '', tags: '', links: '',
  };
}

const text = (v: string | null | undefined) => v ?? '';

/** One link per line: `https://…` or `Title https://…` (the URL is the last word). */
export function formatLinks(links: readonly Link[] | undefined): string {
  return (links ?? []).map((l) => (l.title ? `${l.title} ${l.url}` : l.url)).join('\n');
}

export function parseLinks(value: string): Link[] {
  const links: Link[] = [];
  for (const line of value.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const at = trimmed.lastIndexOf(' ');
    if (at < 0) links.push({ url: trimmed });
    else links.push({ title: trimmed.slice(0, at).trim(), url: trimmed.slice(at + 1) });
  }
  return links;
}

export function parseList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

export function fromService(s: Service): ServiceFormValues {
  return {
    name: s.name,
    title: text(s.title),
    description: text(s.description),
    owner: text(s.owner),
    system: text(s.system),
    tier: s.tier === null ? '' : String(s.tier),
    lifecycle: text(s.lifecycle),
    architecture: text(s.architecture),
    repository: text(s.repository),
    runbook: text(s.runbook),
    onCall: text(s.onCall),
    dashboards: s.dashboards.join('\n'),
    tags: s.tags.join(', '),
    links: formatLinks(s.links),
  };
}

function tierOf(value: string): ServiceInput['tier'] {
  return TIERS.find((t) => String(t) === value.trim());
}

function lifecycleOf(value: string): ServiceInput['lifecycle'] {
  return LIFECYCLE_OPTIONS.find((l) => l === value);
}

function architectureOf(value: string): ServiceInput['architecture'] {
  return ARCHITECTURE_OPTIONS.find((a) => a === value);
}

/** The create body: blank fields are left out so the server's defaults apply. */
export function toServiceInput(v: ServiceFormValues): ServiceInput {
  const input: ServiceInput = { name: v.name.trim() };
  const set = <K extends keyof ServiceInput>(key: K, value: ServiceInput[K] | undefined) => {
    if (value !== undefined && value !== '') input[key] = value;
  };
  set('title', v.title.trim());
  set('description', v.description.trim());
  set('owner', v.owner.trim());
  set('system', v.system.trim());
  set('tier', tierOf(v.tier));
  set('lifecycle', lifecycleOf(v.lifecycle));
  set('architecture', architectureOf(v.architecture));
  set('repository', v.repository.trim());
  set('runbook', v.runbook.trim());
  set('onCall', v.onCall.trim());
  const dashboards = parseList(v.dashboards, /\n/);
  if (dashboards.length > 0) input.dashboards = dashboards;
  const tags = parseList(v.tags, /[,\s]+/);
  if (tags.length > 0) input.tags = tags;
  const links = parseLinks(v.links);
  if (links.length > 0) input.links = links;
  return input;
}

/** The PATCH body: only what changed; a cleared field is sent as null (lists as []). */
export function toServicePatch(original: ServiceFormValues, v: ServiceFormValues): ServicePatch {
  const patch: ServicePatch = {};
  const changed = (k: keyof ServiceFormValues) => original[k].trim() !== v[k].trim();
  const scalar = (k: 'title' | 'description' | 'owner' | 'system' | 'repository' | 'runbook' | 'onCall') => {
    if (changed(k)) patch[k] = v[k].trim() === '' ? null : v[k].trim();
  };
  scalar('title');
  scalar('description');
  scalar('owner');
  scalar('system');
  scalar('repository');
  scalar('runbook');
  scalar('onCall');
  if (changed('tier')) patch.tier = tierOf(v.tier) ?? null;
  if (changed('lifecycle')) patch.lifecycle = lifecycleOf(v.lifecycle) ?? null;
  if (changed('architecture')) patch.architecture = architectureOf(v.architecture) ?? null;
  if (changed('dashboards')) patch.dashboards = parseList(v.dashboards, /\n/);
  if (changed('tags')) patch.tags = parseList(v.tags, /[,\s]+/);
  if (changed('links')) patch.links = parseLinks(v.links);
  return patch;
}
