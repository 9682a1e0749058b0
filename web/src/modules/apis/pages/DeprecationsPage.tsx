import type { CSSProperties } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useTeams } from '../../catalog/queries.js';
import { apiPath, OperationLabel, Owner, versionPath } from '../parts.js';
import { useCatalogApis, useDeprecations } from '../queries.js';
import type { DeprecationFilters } from '../registry-api.js';
import { buildTimeline, relativeDays, SOON_DAYS, todayIso, type Timeline, type TimelineRow } from '../timeline.js';
import '../apis.css';

// Every deprecated operation of the latest version of every API on one date axis: a bar
// from the version that deprecated it to its sunset, a line for today, overdue in red.
// Plain CSS grid; the bars are positioned in percent (see timeline.ts). The text beside
// each bar says the same as the bar, so keyboard and screen-reader users lose nothing.

const FILTERS = ['team', 'before', 'api'] as const;

export function DeprecationsPage() {
  const [params, setParams] = useSearchParams();
  const filters: DeprecationFilters = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value !== null && value !== '') filters[key] = value;
  }
  const deprecations = useDeprecations(filters);
  const teams = useTeams();
  const apis = useCatalogApis();
  const today = todayIso();

  function update(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  const teamNames = (teams.data ?? []).map((t) => t.name).sort();
  const apiNames = (apis.data ?? []).map((a) => a.name).sort();
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader
        title="Deprecation timeline"
        subtitle="Deprecated operations in the latest version of every API, from the version that deprecated them to their sunset (x-sunset or a documented Sunset header)."
      />
      <form className="filters apis-filters" role="search" aria-label="Filter deprecations" onSubmit={(e) => { e.preventDefault(); }}>
        <label className="filter">
          Team
          <select aria-label="Team" value={filters.team ?? ''} onChange={(e) => { update('team', e.target.value); }}>
            <option value="">all teams</option>
            {teamNames.map((t) => <option key={t} value={t}>{t}</option>)}
            {filters.team !== undefined && !teamNames.includes(filters.team) && <option value={filters.team}>{filters.team}</option>}
          </select>
        </label>
        <label className="filter">
          Sunset before
          <input type="date" aria-label="Sunset before" value={filters.before ?? ''} onChange={(e) => { update('before', e.target.value); }} />
        </label>
        <label className="filter">
          API
          <select aria-label="API" value={filters.api ?? ''} onChange={(e) => { update('api', e.target.value); }}>
            <option value="">all APIs</option>
            {apiNames.map((a) => <option key={a} value={a}>{a}</option>)}
            {filters.api !== undefined && !apiNames.includes(filters.api) && <option value={filters.api}>{filters.api}</option>}
          </select>
        </label>
        {filtered && (
          <button type="button" className="button" onClick={() => { setParams(new URLSearchParams(), { replace: true }); }}>
            Clear filters
          </button>
        )}
      </form>
      {deprecations.isPending ? (
        <Loading label="Loading deprecations…" />
      ) : deprecations.isError ? (
        <ErrorState error={deprecations.error} retry={() => { void deprecations.refetch(); }} />
      ) : deprecations.data.length === 0 ? (
        <Empty>
          {filtered ? (
            <p>No deprecated operation matches these filters.</p>
          ) : (
            <p>
              No API deprecates an operation in its latest version. Mark one with <code>deprecated: true</code> and an <code>x-sunset: 2027-06-30</code> date (or a
              documented <code>Sunset</code> response header), then push the version.
            </p>
          )}
        </Empty>
      ) : (
        <TimelineView timeline={buildTimeline(deprecations.data, today)} today={today} busy={deprecations.isFetching} />
      )}
    </>
  );
}

const pct = (n: number) => `${n.toFixed(3)}%`;

function TimelineView({ timeline, today, busy }: { timeline: Timeline; today: string; busy: boolean }) {
  const todayStyle: CSSProperties = { left: pct(timeline.today) };
  return (
    <section aria-labelledby="timeline-heading" aria-busy={busy}>
      <h2 id="timeline-heading" className="visually-hidden">Timeline</h2>
      <p className="timeline-summary">
        {`${String(timeline.total)} deprecated operation${timeline.total === 1 ? '' : 's'} in ${String(timeline.groups.length)} API${timeline.groups.length === 1 ? '' : 's'}`}
        {timeline.overdue > 0 && <> · <span className="badge danger">{`${String(timeline.overdue)} overdue`}</span></>}
      </p>
      <ul className="timeline-legend" aria-label="Legend">
        <li><span className="swatch overdue" aria-hidden="true" /> past its sunset</li>
        <li><span className="swatch soon" aria-hidden="true" /> {`sunset within ${String(SOON_DAYS)} days`}</li>
        <li><span className="swatch scheduled" aria-hidden="true" /> sunset later</li>
        <li><span className="swatch open" aria-hidden="true" /> no sunset announced</li>
        <li><span className="swatch today" aria-hidden="true" /> {`today (${today})`}</li>
      </ul>
      <div className="timeline">
        <div className="timeline-row timeline-axis" aria-hidden="true">
          <div className="timeline-label small muted">Operation</div>
          <div className="timeline-track">
            {timeline.ticks.map((t) => (
              <span key={t.date} className={t.major ? 'tick major' : 'tick'} style={{ left: pct(t.left) }}>{t.label}</span>
            ))}
            <span className="today-line" style={todayStyle} />
            <span className={timeline.today > 85 ? 'today-tag end' : 'today-tag'} style={todayStyle}>today</span>
          </div>
        </div>
        {timeline.groups.map((g) => (
          <section key={g.api} className="timeline-group" aria-labelledby={`dep-${g.api}`}>
            <h3 id={`dep-${g.api}`} className="timeline-group-title">
              <Link to={apiPath(g.api)}>{g.api}</Link> <span className="small muted">owned by <Owner owner={g.owner} /></span>
            </h3>
            <ul className="plain">
              {g.rows.map((row) => <Row key={row.key} row={row} todayStyle={todayStyle} />)}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

function describeRow(row: TimelineRow): string {
  const { item, daysLeft } = row;
  const what = item.deprecated ? 'deprecated' : 'not marked deprecated, sunset announced';
  const since = item.deprecatedSince === null ? what : `${what} in ${item.deprecatedSince.version} (${item.deprecatedSince.date.slice(0, 10)})`;
  const sunset = item.sunset === null || daysLeft === null ? 'no sunset announced' : `sunset ${item.sunset}, ${relativeDays(daysLeft)}`;
  return `${since}; ${sunset}`;
}

function Row({ row, todayStyle }: { row: TimelineRow; todayStyle: CSSProperties }) {
  const { item } = row;
  const text = describeRow(row);
  const to = item.deprecatedSince === null ? apiPath(item.api) : versionPath(item.api, item.deprecatedSince.version);
  const bar = ['bar', row.status, row.openStart ? 'open-start' : '', row.openEnd ? 'open-end' : ''].filter((c) => c !== '').join(' ');
  return (
    <li className={`timeline-row status-${row.status}`}>
      <div className="timeline-label">
        <Link to={to} aria-label={`${item.method.toUpperCase()} ${item.path} of ${item.api}: ${text}`}>
          <OperationLabel method={item.method} path={item.path} />
        </Link>
        <div className="small timeline-when">
          {row.status === 'overdue' && <><span className="badge danger">overdue</span> </>}
          {text}
        </div>
        {item.consumers.length > 0 && <div className="small muted">{`used by ${item.consumers.join(', ')}`}</div>}
      </div>
      <div className="timeline-track" aria-hidden="true">
        <span className={bar} style={{ left: pct(row.left), width: pct(row.width) }} title={text} />
        <span className="today-line" style={todayStyle} />
      </div>
    </li>
  );
}
