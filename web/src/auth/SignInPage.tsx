import { useState, type SubmitEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../components/states.js';
import { errorMessage } from '../components/states.js';
import { ProblemError } from '../api/problem.js';
import { useSession, useSignIn } from './session.js';

/** Only same-site paths are followed after sign-in, so `?next=` cannot send people elsewhere. */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [token, setToken] = useState('');

  if (session.isPending) return <Loading />;
  if (session.data) return <Navigate to={next} replace />;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    signIn.mutate(token.trim(), {
      onSuccess: () => {
        setToken('');
        void navigate(next, { replace: true });
      },
    });
  }

  const problem = signIn.error;
  const message =
    problem instanceof ProblemError && problem.status === 401 ? 'That token is not valid (or was revoked or expired).' : problem ? errorMessage(problem) : undefined;

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={submit} noValidate>
        <h1>
          <span className="brand-mark" aria-hidden="true">◆</span> Groundwork
        </h1>
        <p>Paste an API token once. The browser keeps only a session cookie; the token itself is not stored.</p>
        <label htmlFor="token">Token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          autoFocus
          required
          value={token}
          onChange={(e) => {
            setToken(e.target.value);
          }}
          aria-invalid={message !== undefined}
          aria-describedby={message !== undefined ? 'token-error' : undefined}
        />
        {message !== undefined && (
          <p id="token-error" className="field-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button primary" disabled={token.trim() === '' || signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">
          Create one with <code>groundwork token create --name you --role member</code>.
        </p>
      </form>
    </main>
  );
}
