import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../components/states.js';
import { useAllServices, useSystems, useTeams } from '../../modules/catalog/queries.js';
import { buildOverview, LIFECYCLES, TIERS, type GapKind } from './overview.js';

const GAP_LABEL: Record<GapKind, string> = { owner: 'no owner', runbook: 'no runbook', 'on-call': 'no on-call' };

export function OverviewPage() {
  const services = useAllServices();
  const teams = useTeams();
  const systems = useSystems();

  const header = <PageHeader title="Overview" subtitle="Services per team by tier and lifecycle, and the first readiness gaps." />;
  if (services.isPending || teams.isPending) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  if (services.isError || teams.isError) {
    return (
      <>
        {header}
        <ErrorState
          error={services.error ?? teams.error}
          retry={() => {
            void services.refetch();
            void teams.refetch();
          }}
        />
      </>
    );
  }

  const overview = buildOverview(services.data, teams.data);
  if (overview.serviceCount === 0 && teams.data.length === 0) {
    return (
      <>
        {header}
        <Empty>
          <p>The catalog is empty.</p>
          <p>
            <Link to="/catalog/import">Import Backstage YAML</Link>, <Link to="/catalog/teams/new">create a team</Link> or{' '}
            <Link to="/catalog/services/new">create a service</Link>.
          </p>
        </Empty>
      </>
    );
  }

  return (
    <>
      {header}
      <section className="stats" aria-label="Totals">
        <Link className="stat" to="/catalog/services">
          <span className="stat-value">{overview.serviceCount}</span> services
        </Link>
        <Link className="stat" to="/catalog/teams">
          <span className="stat-value">{teams.data.length}</span> teams
        </Link>
        <Link className="stat" to="/catalog/systems">
          <span className="stat-value">{systems.data?.length ?? '–'}</span> systems
        </Link>
        <a className="stat" href="#gaps">
          <span className="stat-value">{overview.gaps.length}</span> with gaps
        </a>
      </section>

      <section aria-labelledby="per-team">
        <h2 id="per-team">Services per team</h2>
        <div className="table-wrap">
          <table className="table numeric">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Total</th>
                {TIERS.map((t) => (
                  <th scope="col" key={t}>
                    Tier {t}
                  </th>
                ))}
                <th scope="col">No tier</th>
                {LIFECYCLES.map((l) => (
                  <th scope="col" key={l}>
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.teams.map((t) => (
                <tr key={t.team || '(none)'}>
                  <th scope="row">
                    {t.team === '' ? <em>{t.title}</em> : <Link to={`/catalog/teams/${encodeURIComponent(t.team)}`}>{t.title}</Link>}
                  </th>
                  <td>
                    {t.total > 0 && t.team !== '' ? <Link to={`/catalog/services?owner=${encodeURIComponent(t.team)}`}>{t.total}</Link> : t.total}
                  </td>
                  {TIERS.map((tier) => (
                    <td key={tier}>{t.byTier[tier] || ''}</td>
                  ))}
                  <td>{t.byTier.none || ''}</td>
                  {LIFECYCLES.map((l) => (
                    <td key={l}>{t.byLifecycle[l] || ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="gaps">
        <h2 id="gaps">Readiness gaps</h2>
        {overview.gaps.length === 0 ? (
          <Empty>
            <p>Every service has an owner, a runbook and an on-call reference.</p>
          </Empty>
        ) : (
          <ul className="gap-list">
            {overview.gaps.map((g) => (
              <li key={g.name}>
                <Link to={`/catalog/services/${encodeURIComponent(g.name)}`}>{g.title}</Link>
                {g.owner !== undefined && <span className="muted"> · {g.owner}</span>}
                <span className="gap-tags">
                  {g.missing.map((m) => (
                    <span key={m} className="badge warn">
                      {m === 'owner' && g.owner !== undefined ? 'owner unknown' : GAP_LABEL[m]}
                    </span>
                  ))}
                </span>
                <Link className="small-link" to={`/catalog/services/${encodeURIComponent(g.name)}/edit`}>
                  Fix
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
