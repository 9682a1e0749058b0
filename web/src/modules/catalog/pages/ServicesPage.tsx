import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { queryKeys } from '../../../api/catalog-api.js';
import { useApi } from '../../../app/api-context.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { LIFECYCLE_OPTIONS, TIER_OPTIONS } from '../options.js';
import { useSystems, useTeams } from '../queries.js';
import { resolves } from '../references.js';
import { FILTER_KEYS, readFilters, readSort, toggleSort, writeSort, type SortColumn } from '../service-list.js';

const PAGE_SIZE = 50;
const COLUMNS: { key: SortColumn; label: string }[] = [
  { key: 'name', label: 'Service' },
  { key: 'owner', label: 'Owner' },
  { key: 'system', label: 'System' },
  { key: 'tier', label: 'Tier' },
  { key: 'lifecycle', label: 'Lifecycle' },
];

export function ServicesPage() {
  const { catalog } = useApi();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const sort = readSort(params.get('sort'));
  const sortParam = writeSort(sort);
  // The server sorts (keyset cursors on the sort key), so paging follows the chosen order.
  const query = sortParam === undefined ? filters : { ...filters, sort: sortParam };
  const cursor = params.get('cursor') ?? undefined;
  // Cursors only go forward; the trail of earlier ones makes "Previous" possible.
  const [trail, setTrail] = useState<(string | undefined)[]>([]);
  const teams = useTeams();
  const systems = useSystems();

  const page = useQuery({
    queryKey: queryKeys.services(query, cursor, PAGE_SIZE),
    queryFn: ({ signal }) => catalog.listServices(query, cursor, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
  });

  function update(changes: Record<string, string | undefined>, keepCursor = false) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!keepCursor) {
      next.delete('cursor');
      setTrail([]);
    }
    setParams(next);
  }

  const filtered = FILTER_KEYS.some((k) => filters[k] !== undefined);
  const rows = page.data?.items ?? [];
  const sortLabel = COLUMNS.find((c) => c.key === sort.column)?.label ?? sort.column;

  return (
    <>
      <PageHeader
        title="Services"
        actions={
          <Link className="button primary" to="/catalog/services/new">
            New service
          </Link>
        }
      />
      <form
        className="filters"
        aria-label="Filter services"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <div className="filter">
          <label htmlFor="f-q">Name or title</label>
          <input
            id="f-q"
            type="search"
            defaultValue={filters.q ?? ''}
            onKeyDown={(e) => {
              if (e.key === 'Enter') update({ q: e.currentTarget.value.trim() });
            }}
            onBlur={(e) => {
              if (e.currentTarget.value.trim() !== (filters.q ?? '')) update({ q: e.currentTarget.value.trim() });
            }}
          />
        </div>
        <div className="filter">
          <label htmlFor="f-owner">Owner</label>
          <select
            id="f-owner"
            value={filters.owner ?? ''}
            onChange={(e) => {
              update({ owner: e.target.value });
            }}
          >
            <option value="">Any team</option>
            {filters.owner !== undefined && !teams.data?.some((t) => t.name === filters.owner) && <option value={filters.owner}>{filters.owner}</option>}
            {teams.data?.map((t) => (
              <option key={t.name} value={t.name}>
                {t.title ?? t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="f-system">System</label>
          <select
            id="f-system"
            value={filters.system ?? ''}
            onChange={(e) => {
              update({ system: e.target.value });
            }}
          >
            <option value="">Any system</option>
            {filters.system !== undefined && !systems.data?.some((s) => s.name === filters.system) && <option value={filters.system}>{filters.system}</option>}
            {systems.data?.map((s) => (
              <option key={s.name} value={s.name}>
                {s.title ?? s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="f-tier">Tier</label>
          <select
            id="f-tier"
            value={filters.tier ?? ''}
            onChange={(e) => {
              update({ tier: e.target.value });
            }}
          >
            <option value="">Any tier</option>
            {TIER_OPTIONS.map((t) => (
              <option key={t} value={t}>
                Tier {t}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="f-lifecycle">Lifecycle</label>
          <select
            id="f-lifecycle"
            value={filters.lifecycle ?? ''}
            onChange={(e) => {
              update({ lifecycle: e.target.value });
            }}
          >
            <option value="">Any lifecycle</option>
            {LIFECYCLE_OPTIONS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="f-tag">Tag</label>
          <input
            id="f-tag"
            type="text"
            defaultValue={filters.tag ?? ''}
            onKeyDown={(e) => {
              if (e.key === 'Enter') update({ tag: e.currentTarget.value.trim() });
            }}
            onBlur={(e) => {
              if (e.currentTarget.value.trim() !== (filters.tag ?? '')) update({ tag: e.currentTarget.value.trim() });
            }}
          />
        </div>
        {filtered && (
          <button
            type="button"
            className="button small link-like"
            onClick={() => {
              setTrail([]);
              setParams(new URLSearchParams());
            }}
          >
            Clear filters
          </button>
        )}
      </form>

      {page.isPending ? (
        <Loading />
      ) : page.isError ? (
        <ErrorState
          error={page.error}
          retry={() => {
            void page.refetch();
          }}
        />
      ) : rows.length === 0 ? (
        <Empty>
          {filtered ? (
            <p>No service matches these filters.</p>
          ) : (
            <p>
              No services yet. <Link to="/catalog/services/new">Create one</Link> or <Link to="/catalog/import">import Backstage YAML</Link>.
            </p>
          )}
        </Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" aria-busy={page.isFetching}>
              <caption className="visually-hidden">
                Services, sorted by {sortLabel.toLowerCase()} {sort.descending ? 'descending' : 'ascending'}; column headers sort
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c.key} scope="col" aria-sort={sort.column === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                      <button
                        type="button"
                        className="sort"
                        onClick={() => {
                          // A new order starts again at its first page (cursors belong to one order).
                          update({ sort: writeSort(toggleSort(sort, c.key)) });
                        }}
                      >
                        {c.label}
                        <span aria-hidden="true">{sort.column === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                      </button>
                    </th>
                  ))}
                  <th scope="col">Tags</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.name}>
                    <td>
                      <Link to={`/catalog/services/${encodeURIComponent(s.name)}`}>{s.title ?? s.name}</Link>
                      {s.title !== null && <div className="muted small">{s.name}</div>}
                    </td>
                    <td>
                      {s.owner === null ? (
                        <span className="muted">—</span>
                      ) : resolves(s, 'owner') ? (
                        <Link to={`/catalog/teams/${encodeURIComponent(s.owner)}`}>{s.owner}</Link>
                      ) : (
                        <span title="Not in the catalog (yet)">{s.owner}?</span>
                      )}
                    </td>
                    <td>
                      {s.system === null ? (
                        <span className="muted">—</span>
                      ) : resolves(s, 'system') ? (
                        <Link to={`/catalog/systems/${encodeURIComponent(s.system)}`}>{s.system}</Link>
                      ) : (
                        <span title="Not in the catalog (yet)">{s.system}?</span>
                      )}
                    </td>
                    <td>{s.tier ?? <span className="muted">—</span>}</td>
                    <td>{s.lifecycle ? <span className={`badge lc-${s.lifecycle}`}>{s.lifecycle}</span> : <span className="muted">—</span>}</td>
                    <td className="tags">
                      {s.tags.map((t) => (
                        <span key={t} className="tag">
                          {t}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages">
            <button
              type="button"
              className="button small"
              disabled={trail.length === 0 && cursor === undefined}
              onClick={() => {
                const previous = trail.at(-1);
                setTrail(trail.slice(0, -1));
                update({ cursor: previous }, true);
              }}
            >
              ← Previous
            </button>
            <span className="muted">
              Page {trail.length + (cursor === undefined ? 1 : 2)} · {rows.length} shown · by {sortLabel.toLowerCase()}
              {sort.descending ? ', descending' : ''}
            </span>
            <button
              type="button"
              className="button small"
              disabled={page.data.nextCursor === null}
              onClick={() => {
                const next = page.data.nextCursor;
                if (next === null) return;
                if (cursor !== undefined) setTrail([...trail, cursor]);
                else setTrail([]);
                update({ cursor: next }, true);
              }}
            >
              Next →
            </button>
          </nav>
        </>
      )}
    </>
  );
}
