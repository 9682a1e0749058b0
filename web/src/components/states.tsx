import type { ReactNode } from 'react';
import { ProblemError } from '../api/problem.js';

// The three states every data view shows besides its data.

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ProblemError) {
    const { title, detail, status } = error.problem;
    return detail !== undefined && detail !== title ? `${title}: ${detail}` : `${title} (${status})`;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p>{errorMessage(error)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}
