import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../components/states.js';

/** Shown when a page throws while rendering or a lazy chunk fails to load. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  return (
    <div className="state state-error route-error" role="alert">
      <h1>This page failed</h1>
      <p>{message}</p>
      <p>
        <a href={window.location.href}>Reload</a> · <Link to="/">Overview</Link>
      </p>
    </div>
  );
}
