import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { ChangeBadges, Day, LintBadges, OperationLabel, Owner, versionPath } from '../parts.js';
import { useCatalogApi, useDeprecations, useReleasePolicy, useVersions } from '../queries.js';
import { rawLinks, type CatalogApi } from '../registry-api.js';
import { daysBetween, relativeDays, todayIso } from '../timeline.js';
import '../apis.css';

// One API: its catalog fields, the versions pushed to the registry (newest first) and the
// operations its latest version deprecates.

export function ApiPage() {
  const { name = '' } = useParams();
  const api = useCatalogApi(name);
  if (api.isPending) return <Loading />;
  if (api.isError) return <ErrorState error={api.error} retry={() => { void api.refetch(); }} />;
  const a = api.data;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/apis">APIs</Link> / {a.name}
      </nav>
      <PageHeader
        title={a.title ?? a.name}
        subtitle={
          <>
            {a.lifecycle !== null && <><span className={`badge lc-${a.lifecycle}`}>{a.lifecycle}</span> </>}
            {a.type ?? 'API'} owned by <Owner owner={a.owner} />
          </>
        }
        actions={<a className="button" href={rawLinks.changelog(a.name)}>Changelog (Markdown)</a>}
      />
      <CatalogFields api={a} />
      <Versions name={a.name} />
      <Deprecated name={a.name} />
    </>
  );
}

function CatalogFields({ api }: { api: CatalogApi }) {
  return (
    <section aria-labelledby="catalog-heading" className="card">
      <h2 id="catalog-heading">In the catalog</h2>
      {api.description !== null && api.description !== '' && <p>{api.description}</p>}
      <dl className="fields">
        <dt>Name</dt>
        <dd><code>{api.name}</code></dd>
        <dt>Owner</dt>
        <dd><Owner owner={api.owner} /></dd>
        <dt>System</dt>
        <dd>{api.system === null ? <span className="muted">none</span> : <Link to={`/catalog/systems/${encodeURIComponent(api.system)}`}>{api.system}</Link>}</dd>
        <dt>Type</dt>
        <dd>{api.type ?? <span className="muted">not set</span>}</dd>
        <dt>Lifecycle</dt>
        <dd>{api.lifecycle ?? <span className="muted">not set</span>}</dd>
        {api.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{api.tags.map((t) => <span key={t} className="tag">{t}</span>)}</dd>
          </>
        )}
        {api.links.length > 0 && (
          <>
            <dt>Links</dt>
            <dd>
              <ul className="plain">
                {api.links.map((l) => (
                  <li key={l.url}>{/^https?:\/\//i.test(l.url) ? <a href={l.url}>{l.title ?? l.url}</a> : (l.title ?? l.url)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <ReleasePolicyFields name={api.name} />
        <dt>Definition</dt>
        <dd>{api.definition !== null && api.definition !== '' ? 'held in the catalog' : <span className="muted">none in the catalog</span>}</dd>
      </dl>
    </section>
  );
}

/** The release policy versions are checked against when pushed (defaults when none was set). */
function ReleasePolicyFields({ name }: { name: string }) {
  const policy = useReleasePolicy(name);
  if (!policy.isSuccess) return null;
  const p = policy.data;
  const rules = [
    p.requireMajorBumpForBreaking ? 'breaking changes need a major version' : 'breaking changes allowed in any version',
    p.deprecationDays > 0 ? `${String(p.deprecationDays)} days of deprecation before a removal` : 'no deprecation period',
  ];
  return (
    <>
      <dt>Release policy</dt>
      <dd>{rules.join('; ')}</dd>
      <dt>Lint ruleset</dt>
      <dd><code>{p.ruleset}</code>{p.ruleset === 'groundwork:guidelines' && <> (<Link to="/apis/guidelines">guidelines</Link>)</>}</dd>
    </>
  );
}

function Versions({ name }: { name: string }) {
  const versions = useVersions(name);
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      {versions.isPending ? (
        <Loading label="Loading versions…" />
      ) : versions.isError ? (
        <ErrorState error={versions.error} retry={() => { void versions.refetch(); }} />
      ) : versions.data.length === 0 ? (
        <Empty>
          <p>No version registered yet. A pipeline registers one with <code>{`groundwork api push openapi.yaml --api ${name} --version 1.0.0`}</code>.</p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table stack-table">
            <caption className="visually-hidden">{`Versions of ${name}, newest first`}</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Registered</th>
                <th scope="col">Lint</th>
                <th scope="col">Changes</th>
                <th scope="col">Operations</th>
                <th scope="col">Git ref</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.version}>
                  <th scope="row">
                    <Link to={versionPath(name, v.version)}>{v.version}</Link>
                    {v.forced && <> <span className="badge warn" title={v.forceReason ?? undefined}>forced</span></>}
                  </th>
                  <td data-label="Registered"><Day at={v.createdAt} /> <span className="small muted">by {v.createdBy}</span></td>
                  <td data-label="Lint"><LintBadges lint={v.lint} /></td>
                  <td data-label="Changes"><ChangeBadges changes={v.changes} first={v.previousVersion === null} /></td>
                  <td data-label="Operations">
                    {v.operations}
                    {v.deprecatedOperations > 0 && <span className="small muted">{` (${String(v.deprecatedOperations)} deprecated)`}</span>}
                  </td>
                  <td data-label="Git ref">{v.gitRef === null ? <span className="muted">—</span> : <code title={v.gitRef}>{v.gitRef.slice(0, 12)}</code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Deprecated({ name }: { name: string }) {
  const deprecations = useDeprecations({ api: name });
  const today = todayIso();
  if (deprecations.isPending || deprecations.isError || deprecations.data.length === 0) return null;
  return (
    <section aria-labelledby="deprecated-heading">
      <h2 id="deprecated-heading">Deprecated operations</h2>
      <ul className="plain deprecated-list">
        {deprecations.data.map((d) => (
          <li key={`${d.method} ${d.path}`}>
            <OperationLabel method={d.method} path={d.path} />{' '}
            {d.sunset === null ? (
              <span className="badge muted">no sunset</span>
            ) : (
              <span className={d.overdue ? 'badge danger' : 'badge warn'}>
                {`sunset ${d.sunset} (${relativeDays(daysBetween(today, d.sunset))})`}
              </span>
            )}
            {d.deprecatedSince !== null && (
              <span className="small muted">
                {' '}deprecated since <Link to={versionPath(name, d.deprecatedSince.version)}>{d.deprecatedSince.version}</Link>
              </span>
            )}
            {d.consumers.length > 0 && <span className="small muted">{` · used by ${d.consumers.join(', ')}`}</span>}
          </li>
        ))}
      </ul>
      <p><Link to={`/apis/deprecations?api=${encodeURIComponent(name)}`}>See them on the deprecation timeline</Link></p>
    </section>
  );
}
