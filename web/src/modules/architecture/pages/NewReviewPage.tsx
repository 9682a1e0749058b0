import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ProblemError, fieldErrors, type Problem } from '../../../api/problem.js';
import { useApi } from '../../../app/api-context.js';
import { Field } from '../../../components/Field.js';
import { FormProblem } from '../../../components/FormProblem.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { architectureApi } from '../architecture-api.js';
import { useReviewTemplates } from '../queries.js';

const FIELDS = ['title', 'template', 'service', 'reviewers', 'requiredApprovals'];

/** Reviewers are actors, named as their tokens are: comma- or line-separated. */
function splitNames(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

export function NewReviewPage() {
  const api = architectureApi(useApi().http);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const templates = useReviewTemplates();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('system-design-review');
  const [service, setService] = useState('');
  const [reviewers, setReviewers] = useState('');
  const [required, setRequired] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();

  const create = useMutation({
    mutationFn: () =>
      api.createReview({
        title: title.trim(),
        template,
        reviewers: splitNames(reviewers),
        ...(service.trim() !== '' ? { service: service.trim() } : {}),
        ...(required.trim() !== '' ? { requiredApprovals: Number(required) } : {}),
      }),
    onSuccess: async (review) => {
      await queryClient.invalidateQueries({ queryKey: ['architecture', 'reviews'] });
      void navigate(`/architecture/reviews/${encodeURIComponent(review.id)}`);
    },
    onError: (error) => {
      setProblem(error instanceof ProblemError ? error.problem : { type: 'about:blank', title: 'Could not create the review', status: 0, detail: error.message });
    },
  });

  const errors = fieldErrors(problem);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setProblem(undefined);
    create.mutate();
  };

  return (
    <>
      <PageHeader title="New design review" subtitle="Starts as a draft from a template; submit it when its sections are written." />
      <form className="form card" onSubmit={submit} noValidate aria-label="New design review">
        <FormProblem problem={problem} shownFields={FIELDS} />
        <div className="form-grid">
          <Field name="title" label="Title" errors={errors.get('title')}>
            {(p) => <input {...p} value={title} onChange={(e) => { setTitle(e.target.value); }} required autoFocus />}
          </Field>
          <Field name="template" label="Template" errors={errors.get('template')}>
            {(p) => (
              <select {...p} value={template} onChange={(e) => { setTemplate(e.target.value); }}>
                {(templates.data ?? [{ id: 'system-design-review', name: 'System design review' }]).map((t) => (
                  <option key={t.id} value={t.id}>{t.name}</option>
                ))}
              </select>
            )}
          </Field>
          <Field name="service" label="Service" errors={errors.get('service')}>
            {(p) => <input {...p} value={service} onChange={(e) => { setService(e.target.value); }} />}
          </Field>
          <Field name="requiredApprovals" label="Required approvals" hint="Default: every reviewer." errors={errors.get('requiredApprovals')}>
            {(p) => <input {...p} type="number" min={1} max={20} value={required} onChange={(e) => { setRequired(e.target.value); }} />}
          </Field>
        </div>
        <Field name="reviewers" label="Reviewers" hint="Names of the reviewers' member or admin tokens, separated by commas." errors={errors.get('reviewers')}>
          {(p) => <input {...p} value={reviewers} onChange={(e) => { setReviewers(e.target.value); }} required />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create review'}
          </button>
          <Link to="/architecture/reviews" className="button">Cancel</Link>
        </div>
      </form>
    </>
  );
}
