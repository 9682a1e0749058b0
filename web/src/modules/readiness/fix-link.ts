/**
 * Where in the UI to fix a failing check. The server names API resources (it serves the CLI
 * too); the UI maps each to the page that edits it. Pure. Unknown links give null, and the
 * page then shows the hint alone rather than a link to raw JSON.
 */
export function uiFixLink(apiLink: string | null, service: string): string | null {
  if (apiLink === null || apiLink === '') return null;
  const url = new URL(apiLink, 'http://groundwork.invalid');
  const path = url.pathname;
  const attest = /^\/api\/v1\/services\/([^/]+)\/attestations$/.exec(path);
  if (attest?.[1] !== undefined) {
    const check = url.searchParams.get('check');
    return `/readiness/services/${attest[1]}${check === null ? '' : `#check-${check}`}`;
  }
  const serviceEdit = /^\/api\/v1\/services\/([^/]+)$/.exec(path);
  if (serviceEdit?.[1] !== undefined) return `/catalog/services/${serviceEdit[1]}/edit`;
  if (path === '/api/v1/dependencies') return `/catalog/services/${encodeURIComponent(url.searchParams.get('source') ?? service)}`;
  if (path === '/api/v1/apis' || path.startsWith('/api/v1/apis/')) return '/apis';
  if (path === '/api/v1/adrs') return '/architecture/adrs';
  if (path === '/api/v1/reviews') return '/architecture/reviews';
  return null;
}

/** A score from the API (a share, 0..1) as a whole percentage. */
export function percent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
}
