import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/session.js';
import { ErrorState, Loading } from '../components/states.js';
import type { NavEntry } from '../modules/web-module.js';
import { Layout } from './Layout.js';

/** Every page but sign-in sits behind this: no session, back to sign-in, then back here. */
export function RequireSession({ nav }: { nav: NavEntry[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label="Checking your session…" />;
  if (session.isError) {
    return (
      <ErrorState
        error={session.error}
        retry={() => {
          void session.refetch();
        }}
      />
    );
  }
  if (session.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Layout session={session.data} nav={nav} />;
}
