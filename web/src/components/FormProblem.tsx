import { useEffect, useRef } from 'react';
import type { Problem } from '../api/problem.js';
import { fieldKey } from '../api/problem.js';

/**
 * The summary above a form when the API refused it: its title and detail, plus any field
 * messages that no input on this form shows. Focus moves here so keyboard and screen reader
 * users learn about the failure at once.
 */
export function FormProblem({ problem, shownFields }: { problem: Problem | undefined; shownFields: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const unshown = (problem.errors ?? []).filter((e) => !shownFields.includes(fieldKey(e.field)));
  return (
    <div ref={ref} className="form-problem" role="alert" tabIndex={-1}>
      <p>
        <strong>{problem.title}</strong>
        {problem.detail !== undefined && problem.detail !== problem.title && <> — {problem.detail}</>}
      </p>
      {unshown.length > 0 && (
        <ul>
          {unshown.map((e, i) => (
            <li key={i}>
              {e.field !== '' && <code>{e.field}</code>} {e.message}
            </li>
          ))}
        </ul>
      )}
      {(problem.errors?.length ?? 0) > unshown.length && <p className="small">The fields below say what to change.</p>}
    </div>
  );
}
