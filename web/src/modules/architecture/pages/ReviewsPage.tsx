import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useReviews } from '../queries.js';

const STATES = ['', 'draft', 'in-review', 'approved', 'changes-requested', 'decided', 'withdrawn'];

export function ReviewsPage() {
  const [state, setState] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const reviews = useReviews({ ...(state !== '' ? { state } : {}), ...(overdueOnly ? { overdue: true } : {}) });
  return (
    <>
      <PageHeader title="Design reviews" subtitle="Reviewed before they are made, recorded after: each decided review becomes an ADR."
        actions={<Link to="/architecture/reviews/new" className="button primary">New review</Link>}
      />
      <form className="filters" onSubmit={(e) => { e.preventDefault(); }}>
        <label>
          State{' '}
          <select value={state} onChange={(e) => { setState(e.target.value); }}>
            {STATES.map((s) => (
              <option key={s} value={s}>{s === '' ? 'any' : s}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={overdueOnly} onChange={(e) => { setOverdueOnly(e.target.checked); }} /> Overdue only
        </label>
      </form>
      {reviews.isPending ? (
        <Loading />
      ) : reviews.isError ? (
        <ErrorState error={reviews.error} retry={() => { void reviews.refetch(); }} />
      ) : reviews.data.items.length === 0 ? (
        <Empty>
          <p>No design reviews here.</p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Review</th>
                <th scope="col">State</th>
                <th scope="col">Author</th>
                <th scope="col">Approvals</th>
              </tr>
            </thead>
            <tbody>
              {reviews.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/architecture/reviews/${r.id}`}>{r.title}</Link>
                  </td>
                  <td>
                    <span className="badge">{r.state}</span> {r.overdue && <span className="badge warn">overdue</span>}
                  </td>
                  <td>{r.author}</td>
                  <td>{`${r.reviewers.filter((v) => v.decision === 'approved').length} of ${r.requiredApprovals}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
