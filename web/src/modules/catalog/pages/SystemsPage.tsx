import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useSystems } from '../queries.js';

export function SystemsPage() {
  const systems = useSystems();
  return (
    <>
      <PageHeader title="Systems" subtitle="Groups of services that together provide one capability." />
      {systems.isPending ? (
        <Loading />
      ) : systems.isError ? (
        <ErrorState
          error={systems.error}
          retry={() => {
            void systems.refetch();
          }}
        />
      ) : systems.data.length === 0 ? (
        <Empty>
          <p>
            No systems yet. <Link to="/catalog/import">Import Backstage systems</Link>.
          </p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">System</th>
                <th scope="col">Owner</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {systems.data.map((s) => (
                <tr key={s.name}>
                  <td>
                    <Link to={`/catalog/systems/${encodeURIComponent(s.name)}`}>{s.title ?? s.name}</Link>
                  </td>
                  <td>{s.owner ? <Link to={`/catalog/teams/${encodeURIComponent(s.owner)}`}>{s.owner}</Link> : <span className="muted">—</span>}</td>
                  <td className="wrap">{s.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
