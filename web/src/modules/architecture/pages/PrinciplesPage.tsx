import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading } from '../../../components/states.js';
import { usePrinciple, usePrinciples } from '../queries.js';

export function PrinciplesPage() {
  const principles = usePrinciples();
  if (principles.isPending) return <Loading />;
  if (principles.isError) return <ErrorState error={principles.error} retry={() => { void principles.refetch(); }} />;
  return (
    <>
      <PageHeader title="Principles" subtitle="What this organisation's designs start from; ADRs and reviews cite them." />
      <ol className="principles">
        {principles.data.map((p) => (
          <li key={p.id}>
            <Link to={`/architecture/principles/${p.id}`}>{p.name}</Link>: {p.statement}
          </li>
        ))}
      </ol>
    </>
  );
}

export function PrinciplePage() {
  const { id = '' } = useParams();
  const principle = usePrinciple(id);
  if (principle.isPending) return <Loading />;
  if (principle.isError) return <ErrorState error={principle.error} retry={() => { void principle.refetch(); }} />;
  const p = principle.data;
  return (
    <>
      <PageHeader title={p.name} subtitle={p.statement} />
      {p.rationale !== '' && <p>{p.rationale}</p>}
      {p.examples.length > 0 && (
        <ul>
          {p.examples.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <h2>Cited by decisions</h2>
      {p.citedBy.adrs.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul>
          {p.citedBy.adrs.map((a) => (
            <li key={a.id}>
              <Link to={`/architecture/adrs/${a.id}`}>{`${a.number}. ${a.title}`}</Link> <span className="badge muted">{a.status}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Cited by design reviews</h2>
      {p.citedBy.reviews.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul>
          {p.citedBy.reviews.map((r) => (
            <li key={r.id}>
              <Link to={`/architecture/reviews/${r.id}`}>{r.title}</Link> <span className="badge muted">{r.state}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
