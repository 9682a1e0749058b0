import { Link, useParams } from 'react-router';
import { ProblemError } from '../../../api/problem.js';
import { useApi } from '../../../app/api-context.js';
import { ConfirmDelete } from '../../../components/ConfirmDelete.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useTeam } from '../queries.js';
import { RelatedServices } from '../RelatedServices.js';
import { useAfterDelete } from '../use-delete.js';

export function TeamPage() {
  const { name = '' } = useParams();
  const team = useTeam(name);
  const { catalog } = useApi();
  const afterDelete = useAfterDelete('team', name);
  if (team.isPending) return <Loading />;
  if (team.isError) {
    if (team.error instanceof ProblemError && team.error.status === 404) {
      return (
        <>
          <PageHeader title="Team not found" />
          <Empty>
            <p>
              There is no team named <code>{name}</code>. <Link to="/catalog/teams">All teams</Link>
            </p>
          </Empty>
        </>
      );
    }
    return (
      <ErrorState
        error={team.error}
        retry={() => {
          void team.refetch();
        }}
      />
    );
  }
  const t = team.data.value;
  const enc = encodeURIComponent(t.name);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/catalog/teams">Teams</Link> / <span>{t.name}</span>
      </nav>
      <PageHeader
        title={t.title ?? t.name}
        subtitle={t.description ?? undefined}
        actions={
          <>
            <Link className="button primary" to={`/catalog/teams/${enc}/edit`}>
              Edit
            </Link>
            <ConfirmDelete
              what="team"
              name={t.name}
              consequences="The API refuses while the team owns services, systems or other entities, or has child teams."
              onConfirm={() => catalog.deleteTeam(t.name, team.data.etag)}
              onDeleted={afterDelete}
              onReload={() => {
                void team.refetch();
              }}
            />
          </>
        }
      />
      <div className="grid-2">
        <section className="card" aria-labelledby="team-fields">
          <h2 id="team-fields">Details</h2>
          <dl className="fields">
            <dt>Name</dt>
            <dd>
              <code>{t.name}</code>
            </dd>
            <dt>Parent</dt>
            <dd>{t.parent ? <Link to={`/catalog/teams/${encodeURIComponent(t.parent)}`}>{t.parent}</Link> : <span className="muted">—</span>}</dd>
            <dt>Contact</dt>
            <dd>{t.email ? <a href={`mailto:${t.email}`}>{t.email}</a> : <span className="muted">—</span>}</dd>
            <dt>On-call</dt>
            <dd>{t.onCall ?? <span className="muted">—</span>}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="team-services">
          <h2 id="team-services">Services owned</h2>
          <RelatedServices filters={{ owner: t.name }} emptyText="This team owns no services yet." />
        </section>
      </div>
    </>
  );
}
