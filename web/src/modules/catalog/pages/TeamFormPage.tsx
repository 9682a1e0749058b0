import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemError, fieldErrors, type Problem } from '../../../api/problem.js';
import type { Team } from '../../../api/types.js';
import { useApi } from '../../../app/api-context.js';
import { Field } from '../../../components/Field.js';
import { FormProblem } from '../../../components/FormProblem.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading } from '../../../components/states.js';
import { emptyTeamForm, fromTeam, TEAM_FIELDS, toTeamInput, toTeamPatch, type TeamFormValues } from '../forms/team-form.js';
import { useFormValues } from '../forms/use-form-values.js';
import { useTeam, useTeams } from '../queries.js';

export function NewTeamPage() {
  return <TeamForm mode="create" initial={emptyTeamForm()} etag={undefined} />;
}

export function EditTeamPage() {
  const { name = '' } = useParams();
  const team = useTeam(name);
  if (team.isPending) return <Loading />;
  if (team.isError) {
    return (
      <ErrorState
        error={team.error}
        retry={() => {
          void team.refetch();
        }}
      />
    );
  }
  return <TeamForm key={team.data.etag ?? name} mode="edit" initial={fromTeam(team.data.value)} etag={team.data.etag} />;
}

function TeamForm({ mode, initial, etag }: { mode: 'create' | 'edit'; initial: TeamFormValues; etag: string | undefined }) {
  const { catalog } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const teams = useTeams();
  const { values, onChange } = useFormValues(initial);
  const [problem, setProblem] = useState<Problem | undefined>();

  const save = useMutation({
    mutationFn: (): Promise<Team> => (mode === 'create' ? catalog.createTeam(toTeamInput(values)) : catalog.updateTeam(initial.name, toTeamPatch(initial, values), etag)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
      void navigate(`/catalog/teams/${encodeURIComponent(saved.name)}`);
    },
    onError: (error) => {
      setProblem(error instanceof ProblemError ? error.problem : { type: 'about:blank', title: 'Could not save', status: 0, detail: error.message });
    },
  });

  const errors = fieldErrors(problem);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    save.mutate();
  };
  const title = mode === 'create' ? 'New team' : `Edit ${initial.name}`;

  return (
    <>
      <PageHeader title={title} />
      <form className="form card" onSubmit={submit} noValidate aria-label={title}>
        <FormProblem problem={problem} shownFields={TEAM_FIELDS} />
        <div className="form-grid">
          <Field name="name" label="Name (slug)" hint="Lower-case letters, digits, dots, dashes; unique." errors={errors.get('name')}>
            {(p) => <input {...p} value={values.name} onChange={onChange} readOnly={mode === 'edit'} required autoFocus={mode === 'create'} />}
          </Field>
          <Field name="title" label="Title" errors={errors.get('title')}>
            {(p) => <input {...p} value={values.title} onChange={onChange} />}
          </Field>
          <Field name="email" label="Contact e-mail" errors={errors.get('email')}>
            {(p) => <input {...p} type="email" value={values.email} onChange={onChange} />}
          </Field>
          <Field name="onCall" label="On-call reference" errors={errors.get('onCall')}>
            {(p) => <input {...p} value={values.onCall} onChange={onChange} />}
          </Field>
          <Field name="parent" label="Parent team" errors={errors.get('parent')}>
            {(p) => (
              <select {...p} value={values.parent} onChange={onChange}>
                <option value="">—</option>
                {values.parent !== '' && !teams.data?.some((t) => t.name === values.parent) && <option value={values.parent}>{values.parent}</option>}
                {teams.data
                  ?.filter((t) => t.name !== initial.name)
                  .map((t) => (
                    <option key={t.name} value={t.name}>
                      {t.title ?? t.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="description" label="Description" errors={errors.get('description')}>
          {(p) => <textarea {...p} rows={3} value={values.description} onChange={onChange} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : mode === 'create' ? 'Create team' : 'Save changes'}
          </button>
          <Link to={mode === 'create' ? '/catalog/teams' : `/catalog/teams/${encodeURIComponent(initial.name)}`} className="button">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
