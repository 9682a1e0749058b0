import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useAdrs } from '../queries.js';

const STATUSES = ['', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];

export function AdrsPage() {
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const adrs = useAdrs({ ...(status !== '' ? { status } : {}), ...(q.trim() !== '' ? { q: q.trim() } : {}) });
  return (
    <>
      <PageHeader
        title="Decisions"
        subtitle="Architecture decision records of every team, from Groundwork and pushed from repositories."
        actions={<Link to="/architecture/decisions/graph">Graph of relations</Link>}
      />
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); }}>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => { setStatus(e.target.value); }}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{s === '' ? 'any' : s}</option>
            ))}
          </select>
        </label>
        <label>
          Search{' '}
          <input type="search" value={q} onChange={(e) => { setQ(e.target.value); }} placeholder="words in title or body" />
        </label>
      </form>
      {adrs.isPending ? (
        <Loading />
      ) : adrs.isError ? (
        <ErrorState error={adrs.error} retry={() => { void adrs.refetch(); }} />
      ) : adrs.data.items.length === 0 ? (
        <Empty>
          <p>No decisions match. Push a repository&apos;s records with <code>groundwork adr push</code>.</p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Decision</th>
                <th scope="col">Status</th>
                <th scope="col">Scope</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {adrs.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/architecture/adrs/${a.id}`}>{`${a.number}. ${a.title}`}</Link>
                  </td>
                  <td><span className="badge">{a.status}</span></td>
                  <td>{a.repository ?? (a.scope === 'organization' ? 'organisation' : `${a.scope} ${a.scopeName}`)}</td>
                  <td>{a.date ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
