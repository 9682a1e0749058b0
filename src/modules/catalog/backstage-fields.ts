/**
 * How operational fields of a service (repository, runbook, on-call, dashboards, tier,
 * architecture) are found in a Backstage entity, shared by import and export so that an
 * export re-imports to the same values.
 *
 * Precedence, first match wins:
 * - `groundwork.dev/<field>` annotation (written by our export; an empty value means "none");
 * - well-known community annotations:
 *   repository ← `backstage.io/source-location` (`url:` prefix dropped),
 *                `github.com/project-slug`, `gitlab.com/project-slug`;
 *   on-call    ← `pagerduty.com/service-id` (as `pagerduty:<id>`), `opsgenie.com/team`
 *                (as `opsgenie:<team>`);
 *   tier       ← label `tier` (`1`, `tier-1`, `tier1`, `t1`);
 * - links: repository ← icon/type `github`/`gitlab`/`repository` or a title naming a repo;
 *   runbook ← icon/type/title containing "runbook"; dashboards ← every link with icon or
 *   type `dashboard` or "dashboard" in its title.
 * Annotations other than `groundwork.dev/*` are kept verbatim on the entity.
 */
import { isArchitecture, isTier, type Architecture, type Link, type Tier } from './catalog.js';

export const GW = 'groundwork.dev/';
export const ANN = {
  tier: `${GW}tier`,
  architecture: `${GW}architecture`,
  repository: `${GW}repository`,
  runbook: `${GW}runbook`,
  onCall: `${GW}on-call`,
  dashboards: `${GW}dashboards`,
  dependencyKinds: `${GW}dependency-kinds`,
} as const;

export interface DerivedFields {
  tier: Tier | null;
  architecture: Architecture | null;
  repository: string | null;
  runbook: string | null;
  onCall: string | null;
  dashboards: string[];
}

export interface FieldProblem {
  annotation: string;
  message: string;
}

export function parseTier(text: string): Tier | null | undefined {
  const m = /^(?:tier[-_ ]?|t)?([1-4])$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return isTier(n) ? n : undefined;
}

function explicit(annotations: Record<string, string>, key: string): string | null | undefined {
  if (!(key in annotations)) return undefined;
  const value = (annotations[key] ?? '').trim();
  return value === '' ? null : value;
}

function linkMatches(link: Link, words: RegExp): boolean {
  return words.test(link.icon ?? '') || words.test(link.type ?? '') || words.test(link.title ?? '');
}

export function deriveRepository(annotations: Record<string, string>, links: readonly Link[]): string | null {
  const own = explicit(annotations, ANN.repository);
  if (own !== undefined) return own;
  const location = annotations['backstage.io/source-location'];
  if (location !== undefined && location.trim() !== '') return location.trim().replace(/^url:/, '');
  const gh = annotations['github.com/project-slug'];
  if (gh !== undefined && gh.trim() !== '') return `https://github.com/${gh.trim()}`;
  const gl = annotations['gitlab.com/project-slug'];
  if (gl !== undefined && gl.trim() !== '') return `https://gitlab.com/${gl.trim()}`;
  const link = links.find(
    (l) => /^(github|gitlab|repository|source)$/i.test(l.icon ?? l.type ?? '') || /\b(repo|repository|source code)\b/i.test(l.title ?? ''),
  );
  return link?.url ?? null;
}

export function deriveRunbook(annotations: Record<string, string>, links: readonly Link[]): string | null {
  const own = explicit(annotations, ANN.runbook);
  if (own !== undefined) return own;
  return links.find((l) => linkMatches(l, /runbook/i))?.url ?? null;
}

export function deriveOnCall(annotations: Record<string, string>): string | null {
  const own = explicit(annotations, ANN.onCall);
  if (own !== undefined) return own;
  const pd = annotations['pagerduty.com/service-id']?.trim();
  if (pd) return `pagerduty:${pd}`;
  const og = annotations['opsgenie.com/team']?.trim();
  if (og) return `opsgenie:${og}`;
  return null;
}

export function deriveDashboards(annotations: Record<string, string>, links: readonly Link[]): string[] {
  if (ANN.dashboards in annotations) return splitList(annotations[ANN.dashboards] ?? '');
  return unique(links.filter((l) => linkMatches(l, /dashboard/i)).map((l) => l.url));
}

export function splitList(text: string): string[] {
  return unique(
    text
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function deriveFields(
  annotations: Record<string, string>,
  labels: Record<string, string>,
  links: readonly Link[],
  problems: FieldProblem[] = [],
): DerivedFields {
  let tier: Tier | null = null;
  const tierText = ANN.tier in annotations ? annotations[ANN.tier] : labels.tier;
  if (tierText !== undefined && tierText.trim() !== '') {
    const parsed = parseTier(tierText);
    if (parsed === undefined) problems.push({ annotation: ANN.tier in annotations ? ANN.tier : 'tier', message: `tier "${tierText}" is not 1–4; left empty` });
    else tier = parsed;
  }
  let architecture: Architecture | null = null;
  const arch = explicit(annotations, ANN.architecture);
  if (arch !== undefined && arch !== null) {
    if (isArchitecture(arch)) architecture = arch;
    else problems.push({ annotation: ANN.architecture, message: `architecture "${arch}" is not monolith, service or function; left empty` });
  }
  return {
    tier,
    architecture,
    repository: deriveRepository(annotations, links),
    runbook: deriveRunbook(annotations, links),
    onCall: deriveOnCall(annotations),
    dashboards: deriveDashboards(annotations, links),
  };
}

/** Annotations kept on the entity: everything but ours, which became fields. */
export function keptAnnotations(annotations: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(annotations)) if (!k.startsWith(GW)) out[k] = v;
  return out;
}
