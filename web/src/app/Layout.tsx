import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { SessionInfo } from '../api/types.js';
import { useSignOut } from '../auth/session.js';
import { Loading } from '../components/states.js';
import type { NavEntry } from '../modules/web-module.js';
import { SearchBox } from './SearchBox.js';

export function Layout({ session, nav }: { session: SessionInfo; nav: NavEntry[] }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [lastPath, setLastPath] = useState(location.pathname);
  // Closes the phone menu whenever the page changes.
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setMenuOpen(false);
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="primary-nav"
          onClick={() => {
            setMenuOpen((open) => !open);
          }}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">Menu</span>
        </button>
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">◆</span> Groundwork
        </NavLink>
        <SearchBox />
        <div className="user">
          <span className="user-name" title={`Signed in as ${session.actor.name} (${session.actor.role})`}>
            {session.actor.name} <span className="badge">{session.actor.role}</span>
          </span>
          <button
            type="button"
            className="button small"
            disabled={signOut.isPending}
            onClick={() => {
              signOut.mutate(undefined, {
                onSettled: () => {
                  void navigate('/sign-in', { replace: true });
                },
              });
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <nav id="primary-nav" className={menuOpen ? 'sidebar open' : 'sidebar'} aria-label="Modules">
        <ul>
          <li>
            <NavLink to="/" end>
              Overview
            </NavLink>
          </li>
          {nav.map((entry) => (
            <li key={entry.id}>
              <NavLink to={entry.path} className={entry.status === 'coming' ? 'coming' : undefined}>
                {entry.label}
                {entry.status === 'coming' && <span className="badge muted">coming</span>}
              </NavLink>
              {entry.sections.length > 0 && location.pathname.startsWith(entry.path) && (
                <ul className="sections">
                  {entry.sections.map((s) => (
                    <li key={s.to}>
                      {activeSection(entry.sections, location.pathname) === s.to ? (
                        <Link to={s.to} className="active" aria-current="page">
                          {s.label}
                        </Link>
                      ) : (
                        <Link to={s.to}>{s.label}</Link>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** The section a page belongs to: the longest section path the page is under (so a module's
 * own landing section is not also lit on its sibling sections' pages). */
export function activeSection(sections: readonly { to: string }[], pathname: string): string | undefined {
  let best: string | undefined;
  for (const { to } of sections) {
    const under = pathname === to || pathname.startsWith(to.endsWith('/') ? to : `${to}/`);
    if (under && (best === undefined || to.length > best.length)) best = to;
  }
  return best;
}
