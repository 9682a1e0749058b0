import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { ProblemError, fieldErrors, type Problem } from '../../api/problem.js';
import { useApi } from '../../app/api-context.js';
import { Field } from '../../components/Field.js';
import { FormProblem } from '../../components/FormProblem.js';
import { readinessApi } from './readiness-api.js';

const FIELDS = ['evidenceUrl', 'note'];
const DAY_MS = 86_400_000;

/**
 * A person confirms an attestation check with evidence (a link, a note, or both); the
 * attestation expires after the check's validity and the level drops again.
 */
export function AttestForm({
  service,
  scorecard,
  check,
  title,
  validForDays,
  onDone,
}: {
  service: string;
  scorecard: string;
  check: string;
  title: string;
  validForDays: number | null;
  onDone: () => void;
}) {
  const api = readinessApi(useApi().http);
  const queryClient = useQueryClient();
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const attest = useMutation({
    mutationFn: () =>
      api.attest(service, {
        scorecard,
        check,
        ...(evidenceUrl.trim() !== '' ? { evidenceUrl: evidenceUrl.trim() } : {}),
        ...(note.trim() !== '' ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      // The level, the matrix, campaigns and the history all change with an attestation.
      await queryClient.invalidateQueries({ queryKey: ['readiness'] });
      onDone();
    },
    onError: (error) => {
      setProblem(error instanceof ProblemError ? error.problem : { type: 'about:blank', title: 'Could not save the attestation', status: 0, detail: error.message });
    },
  });
  const errors = fieldErrors(problem);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (evidenceUrl.trim() === '' && note.trim() === '') {
      setProblem({ type: 'about:blank', title: 'Give evidence', status: 0, detail: 'An attestation needs a link or a note.' });
      return;
    }
    setProblem(undefined);
    attest.mutate();
  };
  const expires = validForDays === null ? null : new Date(Date.now() + validForDays * DAY_MS).toISOString().slice(0, 10);
  return (
    <form className="form attest-form" onSubmit={submit} noValidate aria-label={`Attest ${title}`}>
      <FormProblem problem={problem} shownFields={FIELDS} />
      <Field name="evidenceUrl" label="Evidence link" hint="A test report, runbook, dashboard or document that shows it is done." errors={errors.get('evidenceUrl')}>
        {(p) => <input {...p} type="url" inputMode="url" placeholder="https://" value={evidenceUrl} onChange={(e) => { setEvidenceUrl(e.target.value); }} autoFocus />}
      </Field>
      <Field name="note" label="Note" errors={errors.get('note')}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => { setNote(e.target.value); }} />}
      </Field>
      <p className="hint">{expires === null ? 'The attestation expires after the check\'s validity.' : `Valid for ${String(validForDays)} days, until ${expires}; then the check fails again until someone attests it anew.`}</p>
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={attest.isPending}>
          {attest.isPending ? 'Saving…' : 'Attest'}
        </button>
        <button type="button" className="button small" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
