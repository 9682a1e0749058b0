import { Fragment, lazy, Suspense, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading } from '../../../components/states.js';
import { percent, uiFixLink } from '../fix-link.js';
import { useServiceReadiness } from '../queries.js';
import type { CheckResult, ScorecardResult } from '../readiness-api.js';
import { AttestForm } from '../AttestForm.js';
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

function fixLabel(to: string): string {
  if (to.startsWith('/catalog/')) return 'Fix it in the catalog';
  if (to === '/apis') return 'API guidelines';
  if (to.startsWith('/architecture/')) return 'Go to architecture';
  return 'See the check';
}

/** An attestation check's evidence, and the button that opens the form to attest or renew it. */
function AttestationCell({ check, open, onToggle }: { check: CheckResult; open: boolean; onToggle: () => void }) {
  const a = check.attestation;
  return (
    <>
      {a === null ? (
        <div>attestation needed</div>
      ) : (
        <div>
          {`attested by ${a.attestedBy} on ${a.attestedAt.slice(0, 10)}, ${check.passed ? 'expires' : 'expired'} ${a.expiresAt.slice(0, 10)}`}
          {a.evidenceUrl !== null && <> · <a href={a.evidenceUrl} target="_blank" rel="noreferrer">evidence</a></>}
          {a.note !== null && <div className="why">{a.note}</div>}
        </div>
      )}
      <button type="button" className="button small" aria-expanded={open} onClick={onToggle}>
        {open ? 'Close' : a === null ? `Attest…` : 'Renew…'}
        <span className="visually-hidden">{` ${check.title}`}</span>
      </button>
    </>
  );
}

function ScorecardView({ result, service }: { result: ScorecardResult; service: string }) {
  const { hash } = useLocation();
  // A fix link to an attestation check (#check-name) opens its form.
  const [attesting, setAttesting] = useState<string | null>(() => {
    const named = hash.startsWith('#check-') ? hash.slice('#check-'.length) : null;
    return result.checks.some((c) => c.check === named && c.kind === 'attestation' && !c.passed) ? named : null;
  });
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
                  {to !== null && to.startsWith(`/readiness/services/${service}#`) ? (
                    <div>
                      <button
                        type="button"
                        className="button small"
                        onClick={() => {
                          setAttesting(step.check);
                          document.getElementById(`check-${step.check}`)?.scrollIntoView({ block: 'center' });
                        }}
                      >
                        Attest it<span className="visually-hidden">{` ${step.title}`}</span>
                      </button>
                    </div>
                  ) : (
                    to !== null && <Link to={to}>{fixLabel(to)}</Link>
                  )}
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
                <Fragment key={c.check}>
                  <tr id={`check-${c.check}`} className="check-row">
                    <td>{c.title}{c.group !== null && <div className="why">{c.group}</div>}</td>
                    <td>{c.level}</td>
                    <td>
                      {c.passed ? <span className="status-pass">passes</span> : <span className="status-fail">fails</span>}
                      {c.reason !== null && <div>{c.reason}</div>}
                    </td>
                    <td>
                      {c.kind === 'attestation' ? (
                        <AttestationCell check={c} open={attesting === c.check} onToggle={() => { setAttesting(attesting === c.check ? null : c.check); }} />
                      ) : (
                        c.facts.map((f) => `${f.fact} = ${f.missing ? 'missing' : JSON.stringify(f.value)}`).join('; ')
                      )}
                    </td>
                  </tr>
                  {attesting === c.check && (
                    <tr className="attest-row">
                      <td colSpan={4}>
                        <AttestForm service={service} scorecard={result.scorecard} check={c.check} title={c.title} validForDays={c.validForDays} onDone={() => { setAttesting(null); }} />
                      </td>
                    </tr>
                  )}
                </Fragment>
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
