import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading } from '../../../components/states.js';
import { percent, uiFixLink } from '../fix-link.js';
import { useServiceReadiness } from '../queries.js';
import type { ScorecardResult } from '../readiness-api.js';
import '../readiness.css';

const TrendChart = lazy(() => import('../TrendChart.js'));

export function ServiceReadinessPage() {
  const { name = '' } = useParams();
  const readiness = useServiceReadiness(name);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  if (readiness.isPending) return <Loading label="Evaluating…" />;
  if (readiness.isError) return <ErrorState error={readiness.error} retry={() => { void readiness.refetch(); }} />;
  const { scorecards } = readiness.data;
  const current = scorecards.find((s) => s.scorecard === selected) ?? scorecards[0];
  return (
    <>
      <PageHeader
        title={`Readiness of ${name}`}
        subtitle={
          <>
            Team {readiness.data.team ?? 'unknown'} · <Link to={`/catalog/services/${name}`}>catalog entry</Link> · evaluated {readiness.data.evaluatedAt.slice(0, 16).replace('T', ' ')}
          </>
        }
      />
      {scorecards.length > 1 && (
        <div className="tabs filters" role="tablist" aria-label="Scorecards">
          {scorecards.map((s) => (
            <button
              key={s.scorecard}
              type="button"
              role="tab"
              aria-selected={s === current}
              className={s === current ? 'button primary small' : 'button small'}
              onClick={() => { setSelected(s.scorecard); }}
            >
              {`${s.title}: ${s.level ?? 'none'}`}
            </button>
          ))}
        </div>
      )}
      {current === undefined ? (
        <p>No scorecard applies to this service.</p>
      ) : (
        <ScorecardView result={current} service={name} />
      )}
    </>
  );
}

function ScorecardView({ result, service }: { result: ScorecardResult; service: string }) {
  return (
    <div role="tabpanel" aria-label={result.title}>
      <section className="scorecard-card" aria-labelledby="level-heading">
        <h2 id="level-heading">{result.title}</h2>
        <p>
          Level <span className={result.level === null ? 'badge muted' : 'badge'}>{result.level ?? 'none'}</span>
          {result.nextLevel !== null && <> · next: <strong>{result.nextLevel}</strong></>} · {result.passed} of {result.total} checks pass ({percent(result.score)})
        </p>
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">What to fix next</h2>
        {result.nextSteps.length === 0 ? (
          <p>Nothing: every check passes.</p>
        ) : (
          <ol className="next-steps">
            {result.nextSteps.slice(0, 5).map((step) => {
              const to = uiFixLink(step.link, service);
              return (
                <li key={step.check}>
                  <strong>{step.title}</strong> <span className="badge">{step.level}</span>
                  {step.blocksNextLevel && <> <span className="badge warn">blocks {result.nextLevel}</span></>}
                  <div>Why it fails: {step.reason}</div>
                  {step.why !== '' && <div className="why">Why it matters: {step.why}</div>}
                  {step.hint !== null && <div>{step.hint}</div>}
                  {to !== null && <Link to={to}>{to.startsWith('/catalog/') ? 'Fix it in the catalog' : to === '/apis' ? 'API guidelines' : 'See the check'}</Link>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Level</th>
                <th scope="col">Result</th>
                <th scope="col">Facts used</th>
              </tr>
            </thead>
            <tbody>
              {result.checks.map((c) => (
                <tr key={c.check} id={`check-${c.check}`} className="check-row">
                  <td>{c.title}{c.group !== null && <div className="why">{c.group}</div>}</td>
                  <td>{c.level}</td>
                  <td>
                    {c.passed ? <span className="status-pass">passes</span> : <span className="status-fail">fails</span>}
                    {c.reason !== null && <div>{c.reason}</div>}
                  </td>
                  <td>
                    {c.kind === 'attestation'
                      ? c.attestation === null ? 'attestation needed' : `attested by ${c.attestation.attestedBy}, expires ${c.attestation.expiresAt.slice(0, 10)}`
                      : c.facts.map((f) => `${f.fact} = ${f.missing ? 'missing' : JSON.stringify(f.value)}`).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="svc-trend-heading">
        <h2 id="svc-trend-heading">History</h2>
        <Suspense fallback={<Loading label="Loading chart…" />}>
          <TrendChart filters={{ service, scorecard: result.scorecard }} />
        </Suspense>
      </section>
    </div>
  );
}
