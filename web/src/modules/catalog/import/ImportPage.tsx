import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ProblemError } from '../../../api/problem.js';
import { useApi } from '../../../app/api-context.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState } from '../../../components/states.js';
import { reportFromProblem, toImportReport, type ImportIssueView, type ImportReport } from './import-report.js';

interface Outcome {
  dryRun: boolean;
  /** The text this outcome is about; Apply is offered only for the text that was previewed. */
  text: string;
  report: ImportReport;
  refused: boolean;
}

function IssueList({ title, items, tone }: { title: string; items: ImportIssueView[]; tone: 'error' | 'warn' }) {
  if (items.length === 0) return null;
  return (
    <section className={`issues issues-${tone}`} aria-label={title}>
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((i, n) => (
          <li key={n}>
            {i.where !== '' && <span className="where">{i.where}</span>} {i.message}
            {i.entity !== undefined && <code className="entity">{i.entity}</code>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ImportPage() {
  const { catalog } = useApi();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const run = useMutation({
    mutationFn: async ({ dryRun, body }: { dryRun: boolean; body: string }): Promise<Outcome> => {
      try {
        const result = await catalog.importCatalog(body, dryRun);
        return { dryRun, text: body, report: toImportReport(result), refused: false };
      } catch (error) {
        // A refused import (422/400) still carries the issues and their lines: show them.
        if (error instanceof ProblemError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 403) {
          return { dryRun, text: body, report: reportFromProblem(error.problem.errors ?? [], error.message), refused: true };
        }
        throw error;
      }
    },
    onSuccess: async (result) => {
      setOutcome(result);
      if (!result.dryRun && !result.refused) await queryClient.invalidateQueries();
    },
  });

  const previewed = outcome !== undefined && outcome.dryRun && !outcome.refused && outcome.text === text && outcome.report.errors.length === 0;
  const applied = outcome !== undefined && !outcome.dryRun && !outcome.refused;

  return (
    <>
      <PageHeader title="Import Backstage YAML" subtitle="Paste or upload catalog-info.yaml files; preview what changes, then apply." />
      <div className="card form">
        <div className="field">
          <label htmlFor={fileId}>Upload a file</label>
          <input
            id={fileId}
            type="file"
            accept=".yaml,.yml,.json,text/yaml,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              void file.text().then((content) => {
                setText(content);
                setOutcome(undefined);
              });
            }}
          />
          {fileName !== undefined && <p className="hint">Loaded {fileName}.</p>}
        </div>
        <div className="field">
          <label htmlFor="import-text">YAML (one or many documents separated by ---)</label>
          <textarea
            id="import-text"
            className="code"
            rows={14}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(undefined);
              // A preview describes the text it was made from; once that changes it is gone.
              setOutcome(undefined);
            }}
            placeholder={'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders\nspec:\n  type: service\n  owner: team-a\n  lifecycle: production'}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={text.trim() === '' || run.isPending}
            onClick={() => {
              run.mutate({ dryRun: true, body: text });
            }}
          >
            {run.isPending && run.variables.dryRun ? 'Previewing…' : 'Preview (dry run)'}
          </button>
          <button
            type="button"
            className="button"
            disabled={!previewed || run.isPending}
            title={previewed ? undefined : 'Preview this text without errors first'}
            onClick={() => {
              run.mutate({ dryRun: false, body: text });
            }}
          >
            {run.isPending && !run.variables.dryRun ? 'Applying…' : 'Apply import'}
          </button>
        </div>
      </div>

      {run.isError && <ErrorState error={run.error} />}
      {outcome !== undefined && (
        <section className="card import-result" aria-live="polite" aria-labelledby="import-result-title">
          <h2 id="import-result-title">{outcome.refused ? 'Import refused — nothing was changed' : outcome.dryRun ? 'Preview (nothing changed yet)' : 'Imported'}</h2>
          {!outcome.refused && (
            <dl className="counts">
              <div>
                <dt>created</dt>
                <dd>{outcome.report.created}</dd>
              </div>
              <div>
                <dt>updated</dt>
                <dd>{outcome.report.updated}</dd>
              </div>
              <div>
                <dt>unchanged</dt>
                <dd>{outcome.report.unchanged}</dd>
              </div>
              <div>
                <dt>errors</dt>
                <dd>{outcome.report.errors.length}</dd>
              </div>
            </dl>
          )}
          <IssueList title="Errors" items={outcome.report.errors} tone="error" />
          <IssueList title="Warnings" items={outcome.report.warnings} tone="warn" />
          <IssueList title="Skipped" items={outcome.report.skipped} tone="warn" />
          {outcome.report.createdEntities.length > 0 && (
            <details>
              <summary>{outcome.dryRun ? 'Would create' : 'Created'}</summary>
              <p className="entity-list">{outcome.report.createdEntities.join(', ')}</p>
            </details>
          )}
          {outcome.report.updatedEntities.length > 0 && (
            <details>
              <summary>{outcome.dryRun ? 'Would update' : 'Updated'}</summary>
              <p className="entity-list">{outcome.report.updatedEntities.join(', ')}</p>
            </details>
          )}
          {previewed && <p>Looks right? Apply it.</p>}
          {applied && (
            <p>
              <Link to="/catalog/services">See the services</Link> · <Link to="/">Overview</Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
