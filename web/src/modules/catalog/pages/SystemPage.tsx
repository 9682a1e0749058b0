import { Link, useParams } from 'react-router';
import { ProblemError } from '../../../api/problem.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useSystem } from '../queries.js';
import { RelatedServices } from '../RelatedServices.js';

export function SystemPage() {
  const { name = '' } = useParams();
  const system = useSystem(name);
  if (system.isPending) return <Loading />;
  if (system.isError) {
    if (system.error instanceof ProblemError && system.error.status === 404) {
      return (
        <>
          <PageHeader title="System not found" />
          <Empty>
            <p>
              There is no system named <code>{name}</code>. <Link to="/catalog/systems">All systems</Link>
            </p>
          </Empty>
        </>
      );
    }
    return (
      <ErrorState
        error={system.error}
        retry={() => {
          void system.refetch();
        }}
      />
    );
  }
  const s = system.data.value;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/catalog/systems">Systems</Link> / <span>{s.name}</span>
      </nav>
      <PageHeader title={s.title ?? s.name} subtitle={s.description ?? undefined} />
      <div className="grid-2">
        <section className="card" aria-labelledby="sys-fields">
          <h2 id="sys-fields">Details</h2>
          <dl className="fields">
            <dt>Name</dt>
            <dd>
              <code>{s.name}</code>
            </dd>
            <dt>Owner</dt>
            <dd>{s.owner ? <Link to={`/catalog/teams/${encodeURIComponent(s.owner)}`}>{s.owner}</Link> : <span className="muted">—</span>}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="sys-services">
          <h2 id="sys-services">Services</h2>
          <RelatedServices filters={{ system: s.name }} emptyText="No services belong to this system yet." />
        </section>
      </div>
    </>
  );
}
