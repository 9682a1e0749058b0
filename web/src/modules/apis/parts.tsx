import { Link } from 'react-router';
import type { ChangeCounts, LintSummary } from './registry-api.js';

// Small pieces the API registry pages share.

const plural = (n: number, one: string, many = `${one}s`) => `${String(n)} ${n === 1 ? one : many}`;

export const versionPath = (api: string, version: string) => `/apis/${encodeURIComponent(api)}/versions/${encodeURIComponent(version)}`;
/** Pages of the module at /apis/NAME: an API with such a name has its page one level down. */
export const MODULE_PAGES: ReadonlySet<string> = new Set(['guidelines', 'deprecations']);
export const apiPath = (api: string) => `/apis/${encodeURIComponent(api)}${MODULE_PAGES.has(api) ? '/overview' : ''}`;

/** Lint status of a version: errors and warnings, or "clean". */
export function LintBadges({ lint }: { lint: LintSummary }) {
  if (lint.error === 0 && lint.warn === 0) return <span className="badge ok">lint clean</span>;
  return (
    <span className="badges">
      {lint.error > 0 && <span className="badge danger">{plural(lint.error, 'error')}</span>}
      {lint.warn > 0 && <span className="badge warn">{plural(lint.warn, 'warning')}</span>}
    </span>
  );
}

/** Changes of a version against its predecessor, breaking first. */
export function ChangeBadges({ changes, first = false }: { changes: ChangeCounts; first?: boolean }) {
  if (first) return <span className="badge muted">first version</span>;
  if (changes.breaking === 0 && changes.warning === 0 && changes.info === 0) return <span className="badge muted">no changes</span>;
  return (
    <span className="badges">
      {changes.breaking > 0 ? <span className="badge danger">{plural(changes.breaking, 'breaking change')}</span> : <span className="badge ok">no breaking changes</span>}
      {changes.warning > 0 && <span className="badge warn">{plural(changes.warning, 'warning')}</span>}
      {changes.info > 0 && <span className="badge muted">{`${String(changes.info)} other`}</span>}
    </span>
  );
}

export function OperationLabel({ method, path }: { method: string; path: string }) {
  return (
    <code className="operation">
      <span className={`method method-${method.toLowerCase()}`}>{method.toUpperCase()}</span> {path}
    </code>
  );
}

/** An owner as a link to its team page; people (`user:…`) and missing owners as text. */
export function Owner({ owner }: { owner: string | null }) {
  if (owner === null || owner === '') return <span className="muted">no owner</span>;
  if (owner.includes(':')) return <>{owner}</>;
  return <Link to={`/catalog/teams/${encodeURIComponent(owner)}`}>{owner}</Link>;
}

/** The date part of an ISO timestamp, with the full time on hover. */
export function Day({ at }: { at: string }) {
  return <time dateTime={at} title={at}>{at.slice(0, 10)}</time>;
}
