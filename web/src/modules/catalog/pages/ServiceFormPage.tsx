import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemError, fieldErrors, type Problem } from '../../../api/problem.js';
import type { Service } from '../../../api/types.js';
import { useApi } from '../../../app/api-context.js';
import { Field } from '../../../components/Field.js';
import { FormProblem } from '../../../components/FormProblem.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading } from '../../../components/states.js';
import { emptyServiceForm, fromService, SERVICE_FIELDS, toServiceInput, toServicePatch, type ServiceFormValues } from '../forms/service-form.js';
import { useFormValues } from '../forms/use-form-values.js';
import { ARCHITECTURE_OPTIONS, LIFECYCLE_OPTIONS, TIER_OPTIONS } from '../options.js';
import { useService, useSystems, useTeams } from '../queries.js';

export function NewServicePage() {
  return <ServiceForm mode="create" initial={emptyServiceForm()} etag={undefined} />;
}

export function EditServicePage() {
  const { name = '' } = useParams();
  const service = useService(name);
  if (service.isPending) return <Loading />;
  if (service.isError) {
    return (
      <ErrorState
        error={service.error}
        retry={() => {
          void service.refetch();
        }}
      />
    );
  }
  return <ServiceForm key={service.data.etag ?? name} mode="edit" initial={fromService(service.data.value)} etag={service.data.etag} />;
}

function ServiceForm({ mode, initial, etag }: { mode: 'create' | 'edit'; initial: ServiceFormValues; etag: string | undefined }) {
  const { catalog } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const teams = useTeams();
  const systems = useSystems();
  const { values, onChange } = useFormValues(initial);
  const [problem, setProblem] = useState<Problem | undefined>();

  const save = useMutation({
    mutationFn: (): Promise<Service> =>
      mode === 'create' ? catalog.createService(toServiceInput(values)) : catalog.updateService(initial.name, toServicePatch(initial, values), etag),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['services'] });
      void navigate(`/catalog/services/${encodeURIComponent(saved.name)}`);
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
  const title = mode === 'create' ? 'New service' : `Edit ${initial.name}`;
  const cancelTo = mode === 'create' ? '/catalog/services' : `/catalog/services/${encodeURIComponent(initial.name)}`;

  return (
    <>
      <PageHeader title={title} />
      <form className="form card" onSubmit={submit} noValidate aria-label={title}>
        <FormProblem problem={problem} shownFields={SERVICE_FIELDS} />
        <div className="form-grid">
          <Field name="name" label="Name (slug)" hint="Lower-case letters, digits, dots, dashes; unique." errors={errors.get('name')}>
            {(p) => <input {...p} value={values.name} onChange={onChange} readOnly={mode === 'edit'} required autoFocus={mode === 'create'} />}
          </Field>
          <Field name="title" label="Title" errors={errors.get('title')}>
            {(p) => <input {...p} value={values.title} onChange={onChange} />}
          </Field>
          <Field name="owner" label="Owner (team)" errors={errors.get('owner')}>
            {(p) => (
              <>
                <input {...p} value={values.owner} onChange={onChange} list="owner-options" autoComplete="off" />
                <datalist id="owner-options">
                  {teams.data?.map((t) => (
                    <option key={t.name} value={t.name}>
                      {t.title ?? t.name}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field name="system" label="System" errors={errors.get('system')}>
            {(p) => (
              <>
                <input {...p} value={values.system} onChange={onChange} list="system-options" autoComplete="off" />
                <datalist id="system-options">
                  {systems.data?.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.title ?? s.name}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field name="tier" label="Tier" hint="1 is the most critical." errors={errors.get('tier')}>
            {(p) => (
              <select {...p} value={values.tier} onChange={onChange}>
                <option value="">—</option>
                {TIER_OPTIONS.map((t) => (
                  <option key={t} value={t}>
                    Tier {t}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="lifecycle" label="Lifecycle" errors={errors.get('lifecycle')}>
            {(p) => (
              <select {...p} value={values.lifecycle} onChange={onChange}>
                <option value="">—</option>
                {LIFECYCLE_OPTIONS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="architecture" label="Architecture" errors={errors.get('architecture')}>
            {(p) => (
              <select {...p} value={values.architecture} onChange={onChange}>
                <option value="">—</option>
                {ARCHITECTURE_OPTIONS.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="tags" label="Tags" hint="Separated by commas or spaces." errors={errors.get('tags')}>
            {(p) => <input {...p} value={values.tags} onChange={onChange} />}
          </Field>
          <Field name="repository" label="Repository URL" errors={errors.get('repository')}>
            {(p) => <input {...p} type="url" value={values.repository} onChange={onChange} />}
          </Field>
          <Field name="runbook" label="Runbook URL" errors={errors.get('runbook')}>
            {(p) => <input {...p} type="url" value={values.runbook} onChange={onChange} />}
          </Field>
          <Field name="onCall" label="On-call reference" hint="A rotation or schedule, e.g. pagerduty:P123 or a URL." errors={errors.get('onCall')}>
            {(p) => <input {...p} value={values.onCall} onChange={onChange} />}
          </Field>
        </div>
        <Field name="description" label="Description" errors={errors.get('description')}>
          {(p) => <textarea {...p} rows={3} value={values.description} onChange={onChange} />}
        </Field>
        <div className="form-grid">
          <Field name="dashboards" label="Dashboards" hint="One URL per line." errors={errors.get('dashboards')}>
            {(p) => <textarea {...p} rows={3} value={values.dashboards} onChange={onChange} />}
          </Field>
          <Field name="links" label="Links" hint="One per line: “Title https://…” or just the URL." errors={errors.get('links')}>
            {(p) => <textarea {...p} rows={3} value={values.links} onChange={onChange} />}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : mode === 'create' ? 'Create service' : 'Save changes'}
          </button>
          <Link to={cancelTo} className="button">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
