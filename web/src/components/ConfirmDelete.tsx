import { useId, useRef, useState, type ReactNode } from 'react';
import { ProblemError } from '../api/problem.js';
import { errorMessage } from './states.js';
import './confirm-delete.css';

/** What a delete refusal says: the 412 and 409 cases get words a person can act on. */
export interface DeleteOutcome {
  message: string;
  /** For 409: what still refers to the thing (the API's `details.dependents`). */
  dependents: string[];
  /** For 412: the page shows data older than the server's. */
  stale: boolean;
}

function dependentsOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('details' in body)) return [];
  const details: unknown = body.details;
  if (typeof details !== 'object' || details === null || !('dependents' in details) || !Array.isArray(details.dependents)) return [];
  return details.dependents.filter((d): d is string => typeof d === 'string');
}

export function describeDeleteError(error: unknown, what: string): DeleteOutcome {
  if (error instanceof ProblemError && error.status === 412) {
    return { message: `This ${what} was changed by someone else since this page loaded. Reload to see the changes, then decide again.`, dependents: [], stale: true };
  }
  if (error instanceof ProblemError && error.status === 409) {
    const dependents = dependentsOf(error.body);
    // The API's detail repeats the list and suggests force=true, which this dialog does not offer.
    const message = dependents.length > 0 ? `The ${what} was kept: others still refer to it. Change or delete these first:` : (error.problem.detail ?? `This ${what} is still referenced.`);
    return { message, dependents, stale: false };
  }
  return { message: errorMessage(error), dependents: [], stale: false };
}

export interface ConfirmDeleteProps {
  /** `service`, `team`: used in the texts. */
  what: string;
  name: string;
  /** What else goes with it, said before the person confirms. */
  consequences?: ReactNode;
  /** Sends the DELETE (with If-Match); throws the API's problem. */
  onConfirm: () => Promise<void>;
  /** After a successful delete (navigate away). */
  onDeleted: () => void;
  /** After a 412: fetch the current version. */
  onReload: () => void;
}

/**
 * A Delete button and its confirmation dialog (a native modal <dialog>: focus stays inside,
 * Escape cancels, focus returns to the button). Refusals stay in the dialog: 412 offers a
 * reload, 409 lists what still refers to the thing.
 */
export function ConfirmDelete({ what, name, consequences, onConfirm, onDeleted, onReload }: ConfirmDeleteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<DeleteOutcome | undefined>(undefined);

  function open() {
    setOutcome(undefined);
    dialog.current?.showModal();
    cancel.current?.focus();
  }
  function close() {
    dialog.current?.close();
  }
  async function confirm() {
    setPending(true);
    setOutcome(undefined);
    try {
      await onConfirm();
      close();
      onDeleted();
    } catch (error) {
      setOutcome(describeDeleteError(error, what));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="button danger-outline" onClick={open}>
        Delete
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>
          Delete {what} {name}?
        </h2>
        <p>This cannot be undone.{consequences !== undefined && <> {consequences}</>}</p>
        {outcome && (
          <div className="dialog-problem" role="alert">
            <p>{outcome.message}</p>
            {outcome.dependents.length > 0 && (
              <ul aria-label="Still refers to it">
                {outcome.dependents.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button ref={cancel} type="button" className="button" onClick={close}>
            Cancel
          </button>
          {outcome?.stale === true ? (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                close();
                onReload();
              }}
            >
              Reload
            </button>
          ) : (
            <button
              type="button"
              className="button danger"
              disabled={pending || (outcome?.dependents.length ?? 0) > 0}
              onClick={() => {
                void confirm();
              }}
            >
              {pending ? 'Deleting…' : `Delete ${what}`}
            </button>
          )}
        </div>
      </dialog>
    </>
  );
}
