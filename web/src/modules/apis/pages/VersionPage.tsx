import { Link, useParams } from 'react-router';
import { levelRank, occurrencesNote, type Change } from '../../../../../src/modules/apis/diff/change.js';
import { renderChangelog } from '../../../../../src/modules/apis/diff/changelog.js';
import { summarise } from '../../../../../src/modules/apis/diff/summary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { Markdown } from '../../architecture/Markdown.js';
import { apiPath, ChangeBadges, Day, LintBadges, OperationLabel, versionPath } from '../parts.js';
import { useVersion, useVersionChanges, useVersionLint } from '../queries.js';
import { rawLinks, type LintFinding, type VersionChanges } from '../registry-api.js';
import '../apis.css';

// One registered version: what changed against the previous one (breaking first), the
// changelog (the diff module's own renderer, as `groundwork api changelog` writes it), and
// the lint findings by severity.

export function VersionPage() {
  const { name = '', version = '' } = useParams();
  const v = useVersion(name, version);
  if (v.isPending) return <Loading />;
  if (v.isError) return <ErrorState error={v.error} retry={() => { void v.refetch(); }} />;
  const d = v.data;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/apis">APIs</Link> / <Link to={apiPath(name)}>{name}</Link> / {d.version}
      </nav>
      <PageHeader
        title={`${name} ${d.version}`}
        subtitle={
          <>
            Registered <Day at={d.createdAt} /> by {d.createdBy} · OpenAPI {d.openapiVersion} · {d.operations} operations
            {d.deprecatedOperations > 0 && ` (${String(d.deprecatedOperations)} deprecated)`}
            {d.gitRef !== null && <> · git <code>{d.gitRef}</code></>}
          </>
        }
        actions={<a className="button" href={rawLinks.document(name, d.version)}>OpenAPI document</a>}
      />
      {d.forced && (
        <div className="note warn" role="note">
          <strong>Forced past the release policy.</strong> Reason given: {d.forceReason ?? 'none recorded'}
        </div>
      )}
      <p className="badges-line">
        <LintBadges lint={d.lint} /> <ChangeBadges changes={d.changes} first={d.previousVersion === null} />
        {d.previousVersion !== null && (
          <> · previous version <Link to={versionPath(name, d.previousVersion)}>{d.previousVersion}</Link></>
        )}
      </p>
      <nav aria-label="On this page" className="page-toc">
        <a href="#changes-heading">Changes</a> <a href="#changelog-heading">Changelog</a> <a href="#lint-heading">Lint findings</a>
      </nav>
      <ChangesSection name={name} version={d.version} />
      <LintSection name={name} version={d.version} />
    </>
  );
}

const LEVEL_TITLE = { breaking: 'breaking', warning: 'warning', info: 'info' } as const;
const LEVEL_CLASS = { breaking: 'badge danger', warning: 'badge warn', info: 'badge muted' } as const;

/** Breaking before warnings before the rest; the engine's order within a level. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return changes.map((c, i) => ({ c, i })).sort((a, b) => levelRank(b.c.level) - levelRank(a.c.level) || a.i - b.i).map((x) => x.c);
}

function lineOf(change: Change): string {
  const base = change.base?.line;
  const head = change.head?.line;
  if (base !== undefined && head !== undefined) return base === head ? `line ${String(head)}` : `line ${String(base)} → ${String(head)}`;
  if (head !== undefined) return `line ${String(head)} (new)`;
  if (base !== undefined) return `line ${String(base)} (before)`;
  return '';
}

/** The changelog as Markdown, without its top heading (the section has one). */
export function changelogMarkdown(api: string, data: VersionChanges): string {
  const text = renderChangelog(
    { changes: data.items, summary: summarise(data.items) },
    data.base === null ? { title: api } : { title: api, from: data.base, to: data.head },
  );
  return text.replace(/^# .*\n/, '');
}

function ChangesSection({ name, version }: { name: string; version: string }) {
  const changes = useVersionChanges(name, version);
  return (
    <>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">
          {changes.data?.base != null ? `Changes since ${changes.data.base}` : 'Changes'}
        </h2>
        {changes.isPending ? (
          <Loading label="Loading changes…" />
        ) : changes.isError ? (
          <ErrorState error={changes.error} retry={() => { void changes.refetch(); }} />
        ) : changes.data.base === null ? (
          <Empty><p>The first registered version of {name}: there is nothing to compare it with.</p></Empty>
        ) : changes.data.items.length === 0 ? (
          <Empty><p>No change to the API contract since {changes.data.base}.</p></Empty>
        ) : (
          <div className="table-wrap">
            <table className="table changes-table stack-table">
              <caption className="visually-hidden">{`Changes from ${changes.data.base} to ${changes.data.head}, breaking first`}</caption>
              <thead>
                <tr>
                  <th scope="col">Level</th>
                  <th scope="col">Operation</th>
                  <th scope="col">Change</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {sortChanges(changes.data.items).map((c, i) => (
                  <tr key={`${c.id}-${String(i)}`} className={`change-${c.level}`}>
                    <td><span className={LEVEL_CLASS[c.level]}>{LEVEL_TITLE[c.level]}</span></td>
                    <td data-label="Operation">{c.operation ? <OperationLabel method={c.operation.method} path={c.operation.path} /> : <span className="muted">whole API</span>}</td>
                    <td className="wrap">
                      {c.message}{occurrencesNote(c)} <code className="check-id small">{c.id}</code>
                    </td>
                    <td className="small muted">{lineOf(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="changelog-heading">
        <h2 id="changelog-heading">Changelog</h2>
        {changes.isPending ? (
          <Loading label="Loading changelog…" />
        ) : changes.isError ? (
          <p className="muted">No changelog: the changes could not be read.</p>
        ) : changes.data.base === null ? (
          <p className="muted">The first version has no changelog.</p>
        ) : (
          <div className="card changelog">
            <Markdown text={changelogMarkdown(name, changes.data)} />
          </div>
        )}
      </section>
    </>
  );
}

const SEVERITIES = [
  { severity: 0, title: 'Errors', badge: 'badge danger' },
  { severity: 1, title: 'Warnings', badge: 'badge warn' },
  { severity: 2, title: 'Information', badge: 'badge muted' },
  { severity: 3, title: 'Hints', badge: 'badge muted' },
] as const;

/** A finding's JSON path as people read it: `paths./pets.get.responses`. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

function LintSection({ name, version }: { name: string; version: string }) {
  const lint = useVersionLint(name, version);
  return (
    <section aria-labelledby="lint-heading">
      <h2 id="lint-heading">Lint findings</h2>
      {lint.isPending ? (
        <Loading label="Loading lint findings…" />
      ) : lint.isError ? (
        <ErrorState error={lint.error} retry={() => { void lint.refetch(); }} />
      ) : lint.data.items.length === 0 ? (
        <Empty><p>No findings: this version follows its ruleset.</p></Empty>
      ) : (
        SEVERITIES.map(({ severity, title, badge }) => {
          const items = lint.data.items.filter((f) => f.severity === severity);
          if (items.length === 0) return null;
          return <FindingGroup key={severity} title={title} badge={badge} items={items} />;
        })
      )}
    </section>
  );
}

function FindingGroup({ title, badge, items }: { title: string; badge: string; items: LintFinding[] }) {
  const id = `lint-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="finding-group">
      <h3 id={id}>
        {title} <span className={badge}>{items.length}</span>
      </h3>
      <div className="table-wrap">
        <table className="table stack-table findings-table">
          <caption className="visually-hidden">{`${title}: ${String(items.length)}`}</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Message</th>
              <th scope="col">Path</th>
              <th scope="col">Line</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f, i) => (
              <tr key={`${f.code}-${String(i)}`}>
                <td><code>{f.code}</code></td>
                <td className="wrap" data-label="Message">{f.message}</td>
                <td className="wrap" data-label="Path"><code className="small">{pathText(f.path)}</code></td>
                <td data-label="Line">{f.range.start.line + 1}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
