import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useTeams } from '../queries.js';

export function TeamsPage() {
  const teams = useTeams();
  return (
    <>
      <PageHeader
        title="Teams"
        actions={
          <Link className="button primary" to="/catalog/teams/new">
            New team
          </Link>
        }
      />
      {teams.isPending ? (
        <Loading />
      ) : teams.isError ? (
        <ErrorState
          error={teams.error}
          retry={() => {
            void teams.refetch();
          }}
        />
      ) : teams.data.length === 0 ? (
        <Empty>
          <p>
            No teams yet. <Link to="/catalog/teams/new">Create one</Link> or <Link to="/catalog/import">import Backstage groups</Link>.
          </p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Parent</th>
                <th scope="col">Contact</th>
                <th scope="col">On-call</th>
              </tr>
            </thead>
            <tbody>
              {teams.data.map((t) => (
                <tr key={t.name}>
                  <td>
                    <Link to={`/catalog/teams/${encodeURIComponent(t.name)}`}>{t.title ?? t.name}</Link>
                    {t.title && <div className="muted small">{t.name}</div>}
                  </td>
                  <td>{t.parent ? <Link to={`/catalog/teams/${encodeURIComponent(t.parent)}`}>{t.parent}</Link> : <span className="muted">—</span>}</td>
                  <td>{t.email ?? <span className="muted">—</span>}</td>
                  <td>{t.onCall ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
