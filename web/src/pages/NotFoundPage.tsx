import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader.js';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className="state state-empty">
        <p>There is no page at this address.</p>
        <p>
          <Link to="/">Go to the overview</Link>
        </p>
      </div>
    </>
  );
}
