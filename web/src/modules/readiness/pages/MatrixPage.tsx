import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useAllServices } from '../../catalog/queries.js';
import { percent } from '../fix-link.js';
import { useReport, useScorecards } from '../queries.js';
import type { Report } from '../readiness-api.js';
import '../readiness.css';

// The chart library is big; it loads only when a trend is drawn.
const TrendChart = lazy(() => import('../TrendChart.js'));

export function MatrixPage() {
  const [params, setParams] = useSearchParams();
  const scorecard = params.get('scorecard') ?? '';
  const team = params.get('team') ?? '';
  const scorecards = useScorecards();
  const services = useAllServices();
  const report = useReport({ ...(scorecard !== '' ? { scorecard } : {}), ...(team !== '' ? { team } : {}) });
  const teams = [...new Set((services.data ?? []).map((s) => s.owner).filter((o): o is string => typeof o === 'string' && o !== ''))].sort();

  function setFilter(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader title="Readiness" subtitle="Which services meet each scorecard's checks, and at which level they are." />
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); }}>
        <label>
          Scorecard{' '}
          <select aria-label="Scorecard" value={scorecard} onChange={(e) => { setFilter('scorecard', e.target.value); }}>
            <option value="">default</option>
            {(scorecards.data ?? []).map((s) => (
              <option key={s.name} value={s.name}>{s.title}</option>
            ))}
          </select>
        </label>
        <label>
          Team{' '}
          <select aria-label="Team" value={team} onChange={(e) => { setFilter('team', e.target.value); }}>
            <option value="">all teams</option>
            {teams.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        </label>
      </form>
      {report.isPending ? (
        <Loading label="Evaluating services…" />
      ) : report.isError ? (
        <ErrorState error={report.error} retry={() => { void report.refetch(); }} />
      ) : (
        <>
          <TeamRollup report={report.data} />
          <Matrix report={report.data} />
          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend</h2>
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <TrendChart filters={{ scorecard: report.data.scorecard, ...(team !== '' ? { team } : {}) }} />
            </Suspense>
          </section>
        </>
      )}
    </>
  );
}

function TeamRollup({ report }: { report: Report }) {
  if (report.teams.length === 0) return null;
  return (
    <section aria-labelledby="teams-heading">
      <h2 id="teams-heading">{report.title} by team</h2>
      <ul className="rollup">
        {report.teams.map((t) => (
          <li key={t.team ?? '(none)'}>
            <strong>{t.team ?? 'no owner'}</strong> · {t.services} service{t.services === 1 ? '' : 's'} · average {percent(t.averageScore)}
            <span className="rollup-levels">
              {['none', ...report.levels].map((level) => {
                const n = t.levels[level] ?? 0;
                return n === 0 ? null : <span key={level} className="badge">{`${level}: ${String(n)}`}</span>;
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Matrix({ report }: { report: Report }) {
  if (report.services.length === 0) {
    return (
      <Empty>
        <p>No service is in scope of this scorecard. Import a catalog under <Link to="/catalog/import">Catalog → Import</Link>.</p>
      </Empty>
    );
  }
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{report.title}: services × checks</h2>
      <p className="legend">
        <span className="cell-mark pass" aria-hidden="true">✓</span> passes · <span className="cell-mark fail" aria-hidden="true">✗</span> fails (hover or focus a cell for the reason)
      </p>
      <div className="table-wrap matrix-wrap">
        <table className="table matrix">
          <caption className="visually-hidden">{`${report.title}: ${String(report.services.length)} services by ${String(report.checks.length)} checks`}</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-service">Service</th>
              <th scope="col">Level</th>
              <th scope="col">Score</th>
              {report.checks.map((c) => (
                <th scope="col" key={c.check} className="matrix-check" title={`${c.title} (${c.level}); ${percent(c.passRate)} pass`}>
                  <span>{c.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.services.map((s) => {
              const reasons = new Map(s.failing.map((f) => [f.check, f.reason]));
              return (
                <tr key={s.service}>
                  <th scope="row" className="matrix-service">
                    <Link to={`/readiness/services/${s.service}`}>{s.service}</Link>
                  </th>
                  <td><span className={s.level === null ? 'badge muted' : 'badge'}>{s.level ?? 'none'}</span></td>
                  <td>{percent(s.score)}</td>
                  {report.checks.map((c) => {
                    const passed = s.cells[c.check];
                    const reason = reasons.get(c.check) ?? (passed === true ? 'passes' : 'not evaluated');
                    const label = `${s.service}, ${c.title}: ${passed === true ? 'passes' : `fails: ${reason}`}`;
                    return (
                      <td key={c.check} className={`cell ${passed === true ? 'pass' : 'fail'}`} tabIndex={0} aria-label={label} title={label}>
                        <span className="cell-mark" aria-hidden="true">{passed === true ? '✓' : '✗'}</span>
                        {passed !== true && <span className="cell-tip" role="tooltip">{reason}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
