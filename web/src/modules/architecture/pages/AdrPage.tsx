import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading } from '../../../components/states.js';
import { Markdown } from '../Markdown.js';
import { useAdr } from '../queries.js';

const RELATION_LABEL: Readonly<Record<string, string>> = {
  supersedes: 'Supersedes',
  'superseded-by': 'Superseded by',
  amends: 'Amends',
  'amended-by': 'Amended by',
  'relates-to': 'Relates to',
  'related-to': 'Related to',
};

export function AdrPage() {
  const { id = '' } = useParams();
  const adr = useAdr(id);
  if (adr.isPending) return <Loading />;
  if (adr.isError) return <ErrorState error={adr.error} retry={() => { void adr.refetch(); }} />;
  const a = adr.data;
  return (
    <>
      <PageHeader
        title={`${a.number}. ${a.title}`}
        subtitle={
          <>
            <span className="badge">{a.status}</span> {a.repository !== null ? `${a.repository}/${a.file ?? ''}` : a.scope === 'organization' ? 'organisation-wide' : `${a.scope} ${a.scopeName}`}
            {a.date !== null && ` · ${a.date}`}
          </>
        }
      />
      {a.reviewId !== null && (
        <p>
          Decided in <Link to={`/architecture/reviews/${a.reviewId}`}>design review</Link>.
        </p>
      )}
      {a.relations.length > 0 && (
        <section aria-labelledby="relations">
          <h2 id="relations">Relations</h2>
          <ul>
            {a.relations.map((r) => (
              <li key={`${r.kind}-${r.adr.id}`}>
                {RELATION_LABEL[r.kind] ?? r.kind} <Link to={`/architecture/adrs/${r.adr.id}`}>{`${r.adr.number}. ${r.adr.title}`}</Link> <span className="badge muted">{r.adr.status}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(a.deciders.length > 0 || a.principles.length > 0) && (
        <p>
          {a.deciders.length > 0 && <>Deciders: {a.deciders.join(', ')}. </>}
          {a.principles.length > 0 && (
            <>
              Principles:{' '}
              {a.principles.map((p) => (
                <Link key={p} className="tag" to={`/architecture/principles/${p}`}>{p}</Link>
              ))}
            </>
          )}
        </p>
      )}
      <Markdown text={a.body} />
      <section aria-labelledby="history">
        <h2 id="history">Status history</h2>
        <ol>
          {a.history.map((h, n) => (
            <li key={n}>
              {h.at.slice(0, 10)} <strong>{h.status}</strong> by {h.actor}
              {h.note !== null && ` — ${h.note}`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
