import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, errorMessage, Loading } from '../../../components/states.js';
import { apiPath, ChangeBadges, Day, LintBadges, Owner, versionPath } from '../parts.js';
import { useCatalogApis, useLatestVersions } from '../queries.js';
import type { CatalogApi } from '../registry-api.js';
import '../apis.css';

// The catalog's APIs with what the registry knows of each: the latest version pushed, its
// lint status and the breaking changes it brought. The registry part is one request for the
// whole list (GET /api/v1/api-versions/latest), fetched beside the catalog's; paging and the
// filters only change which rows are drawn.

const PAGE_SIZE = 25;

function matches(api: CatalogApi, q: string, owner: string): boolean {
  if (owner !== '' && api.owner !== owner) return false;
  if (q === '') return true;
  const needle = q.toLowerCase();
  return api.name.toLowerCase().includes(needle) || (api.title ?? '').toLowerCase().includes(needle);
}

export function ApisPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const owner = params.get('owner') ?? '';
  const pageNo = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const apis = useCatalogApis();
  const latest = useLatestVersions();

  function update(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  }

  const all = [...(apis.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const owners = [...new Set(all.map((a) => a.owner).filter((o): o is string => o !== null && o !== ''))].sort();
  const filtered = all.filter((a) => matches(a, q, owner));
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(pageNo, pages);
  const rows = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  return (
    <>
      <PageHeader
        title="APIs"
        subtitle={<>The catalog&apos;s APIs with their latest registered version. Pipelines register versions with <code>groundwork api push</code>.</>}
        actions={<Link className="button" to="/apis/deprecations">Deprecation timeline</Link>}
      />
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); }}>
        <label className="filter">
          Search
          <input type="search" aria-label="Search APIs" placeholder="name or title" value={q} onChange={(e) => { update('q', e.target.value); }} />
        </label>
        <label className="filter">
          Owner
          <select aria-label="Owner" value={owner} onChange={(e) => { update('owner', e.target.value); }}>
            <option value="">all owners</option>
            {owners.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
      </form>
      {apis.isPending ? (
        <Loading label="Loading APIs…" />
      ) : apis.isError ? (
        <ErrorState error={apis.error} retry={() => { void apis.refetch(); }} />
      ) : all.length === 0 ? (
        <Empty>
          <p>The catalog has no APIs yet. Add them with a catalog import (<Link to="/catalog/import">Catalog → Import</Link>) or <code>POST /api/v1/apis</code>.</p>
        </Empty>
      ) : filtered.length === 0 ? (
        <Empty>
          <p>No API matches these filters.</p>
        </Empty>
      ) : (
        <>
          <ApisTable rows={rows} total={filtered.length} latest={latest} />
          {pages > 1 && (
            <nav className="pager" aria-label="Pages">
              <button type="button" className="button small" disabled={current <= 1} onClick={() => { update('page', String(current - 1)); }}>Previous</button>
              <span>{`Page ${String(current)} of ${String(pages)}`}</span>
              <button type="button" className="button small" disabled={current >= pages} onClick={() => { update('page', String(current + 1)); }}>Next</button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function ApisTable({ rows, total, latest }: { rows: CatalogApi[]; total: number; latest: ReturnType<typeof useLatestVersions> }) {
  return (
    <div className="table-wrap">
      <table className="table stack-table">
        <caption className="visually-hidden">{`APIs: ${String(total)}`}</caption>
        <thead>
          <tr>
            <th scope="col">API</th>
            <th scope="col">Owner</th>
            <th scope="col">Latest version</th>
            <th scope="col">Lint</th>
            <th scope="col">Changes in the latest version</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((api) => {
            const v = latest.data?.get(api.name);
            return (
              <tr key={api.name}>
                <th scope="row">
                  <Link to={apiPath(api.name)}>{api.name}</Link>
                  {api.title !== null && api.title !== api.name && <div className="small muted">{api.title}</div>}
                </th>
                <td data-label="Owner"><Owner owner={api.owner} /></td>
                {latest.isPending ? (
                  <td colSpan={3}><span className="muted" role="status">loading…</span></td>
                ) : latest.isError ? (
                  <td colSpan={3}><span className="muted" title={errorMessage(latest.error)}>registry unavailable</span></td>
                ) : v === undefined ? (
                  <td colSpan={3}><span className="muted">no version registered</span></td>
                ) : (
                  <>
                    <td data-label="Latest">
                      <Link to={versionPath(api.name, v.version)}>{v.version}</Link> <span className="small muted"><Day at={v.createdAt} /></span>
                      {v.forced && <> <span className="badge warn" title={v.forceReason ?? undefined}>forced</span></>}
                    </td>
                    <td data-label="Lint"><LintBadges lint={v.lint} /></td>
                    <td data-label="Changes"><ChangeBadges changes={v.changes} first={v.previousVersion === null} /></td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
