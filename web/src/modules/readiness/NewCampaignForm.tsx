import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { ProblemError, fieldErrors, type Problem } from '../../api/problem.js';
import { useApi } from '../../app/api-context.js';
import { Field } from '../../components/Field.js';
import { FormProblem } from '../../components/FormProblem.js';
import { useScorecards } from './queries.js';
import { readinessApi } from './readiness-api.js';

const FIELDS = ['title', 'scorecard', 'targetLevel', 'filter', 'deadline', 'description'];

/** Starts a campaign: a scorecard, a target level, the services (a CEL filter) and a deadline. */
export function NewCampaignForm({ onCancel }: { onCancel: () => void }) {
  const api = readinessApi(useApi().http);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const scorecards = useScorecards();
  const [title, setTitle] = useState('');
  const [scorecard, setScorecard] = useState('production-readiness');
  const [targetLevel, setTargetLevel] = useState('');
  const [filter, setFilter] = useState('');
  const [deadline, setDeadline] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const levels = scorecards.data?.find((s) => s.name === scorecard)?.levels ?? ['Bronze', 'Silver', 'Gold'];
  const level = levels.includes(targetLevel) ? targetLevel : (levels[0] ?? '');
  const create = useMutation({
    mutationFn: () =>
      api.createCampaign({
        title: title.trim(),
        scorecard,
        targetLevel: level,
        deadline,
        ...(filter.trim() !== '' ? { filter: filter.trim() } : {}),
        ...(description.trim() !== '' ? { description: description.trim() } : {}),
      }),
    onSuccess: async (progress) => {
      await queryClient.invalidateQueries({ queryKey: ['readiness', 'campaigns'] });
      void navigate(`/readiness/campaigns/${encodeURIComponent(progress.campaign.id)}`);
    },
    onError: (error) => {
      setProblem(error instanceof ProblemError ? error.problem : { type: 'about:blank', title: 'Could not start the campaign', status: 0, detail: error.message });
    },
  });
  const errors = fieldErrors(problem);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setProblem(undefined);
    create.mutate();
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label="New campaign">
      <FormProblem problem={problem} shownFields={FIELDS} />
      <div className="form-grid">
        <Field name="title" label="Title" errors={errors.get('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => { setTitle(e.target.value); }} required autoFocus />}
        </Field>
        <Field name="scorecard" label="Scorecard" errors={errors.get('scorecard')}>
          {(p) => (
            <select {...p} value={scorecard} onChange={(e) => { setScorecard(e.target.value); }}>
              {(scorecards.data ?? [{ name: 'production-readiness', title: 'Production readiness' }]).map((s) => (
                <option key={s.name} value={s.name}>{s.title}</option>
              ))}
            </select>
          )}
        </Field>
        <Field name="targetLevel" label="Target level" errors={errors.get('targetLevel')}>
          {(p) => (
            <select {...p} value={level} onChange={(e) => { setTargetLevel(e.target.value); }}>
              {levels.map((l) => <option key={l} value={l}>{l}</option>)}
            </select>
          )}
        </Field>
        <Field name="deadline" label="Deadline" errors={errors.get('deadline')}>
          {(p) => <input {...p} type="date" value={deadline} onChange={(e) => { setDeadline(e.target.value); }} required />}
        </Field>
      </div>
      <Field name="filter" label="Services" hint={<>A CEL condition over facts, e.g. <code>service.tier &lt;= 2</code>; empty: every service the scorecard applies to.</>} errors={errors.get('filter')}>
        {(p) => <input {...p} value={filter} onChange={(e) => { setFilter(e.target.value); }} spellCheck={false} />}
      </Field>
      <Field name="description" label="Description" errors={errors.get('description')}>
        {(p) => <textarea {...p} rows={2} value={description} onChange={(e) => { setDescription(e.target.value); }} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={create.isPending}>{create.isPending ? 'Starting…' : 'Start campaign'}</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
