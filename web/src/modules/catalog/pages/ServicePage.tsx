import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../../api/problem.js';
import { useApi } from '../../../app/api-context.js';
import { ConfirmDelete } from '../../../components/ConfirmDelete.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { ServiceGraph } from '../graph/ServiceGraph.js';
import { useService } from '../queries.js';
import { resolves } from '../references.js';
import { useAfterDelete } from '../use-delete.js';

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Shows a URL as a link only when it is http(s); anything else is plain text. */
function Ref({ value }: { value: string | null | undefined }) {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  return isHttpUrl(value) ? (
    <a href={value} target="_blank" rel="noreferrer noopener">
      {value}
    </a>
  ) : (
    <span>{value}</span>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ServicePage() {
  const { name = '' } = useParams();
  const service = useService(name);
  const { catalog } = useApi();
  const afterDelete = useAfterDelete('service', name);

  if (service.isPending) return <Loading />;
  if (service.isError) {
    if (service.error instanceof ProblemError && service.error.status === 404) {
      return (
        <>
          <PageHeader title="Service not found" />
          <Empty>
            <p>
              There is no service named <code>{name}</code>. <Link to="/catalog/services">All services</Link>
            </p>
          </Empty>
        </>
      );
    }
    return (
      <ErrorState
        error={service.error}
        retry={() => {
          void service.refetch();
        }}
      />
    );
  }

  const s = service.data.value;
  const enc = encodeURIComponent(s.name);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/catalog/services">Services</Link> / <span>{s.name}</span>
      </nav>
      <PageHeader
        title={s.title ?? s.name}
        subtitle={s.description ?? undefined}
        actions={
          <>
            <Link className="button" to={`/catalog/services/${enc}/graph`}>
              Dependency graph
            </Link>
            <Link className="button primary" to={`/catalog/services/${enc}/edit`}>
              Edit
            </Link>
            <ConfirmDelete
              what="service"
              name={s.name}
              consequences="Its dependency edges go with it."
              onConfirm={() => catalog.deleteService(s.name, service.data.etag)}
              onDeleted={afterDelete}
              onReload={() => {
                void service.refetch();
              }}
            />
          </>
        }
      />
      {s.unresolved.length > 0 && (
        <div className="note warn" role="note">
          Refers to what the catalog does not hold (yet):{' '}
          {s.unresolved.map((u, i) => (
            <span key={`${u.field}:${u.ref}`}>
              {i > 0 && ', '}
              {u.field} <code>{u.ref}</code>
            </span>
          ))}
          . These resolve by themselves once imported or created.
        </div>
      )}
      <div className="grid-2">
        <section className="card" aria-labelledby="svc-fields">
          <h2 id="svc-fields">Details</h2>
          <dl className="fields">
            <Row label="Name">
              <code>{s.name}</code>
            </Row>
            <Row label="Owner">
              {s.owner === null ? (
                <span className="badge warn">no owner</span>
              ) : resolves(s, 'owner') ? (
                <Link to={`/catalog/teams/${encodeURIComponent(s.owner)}`}>{s.owner}</Link>
              ) : (
                <>
                  {s.owner} <span className="badge warn">unknown</span>
                </>
              )}
            </Row>
            <Row label="System">
              {s.system === null ? (
                <span className="muted">—</span>
              ) : resolves(s, 'system') ? (
                <Link to={`/catalog/systems/${encodeURIComponent(s.system)}`}>{s.system}</Link>
              ) : (
                <>
                  {s.system} <span className="badge warn">unknown</span>
                </>
              )}
            </Row>
            <Row label="Tier">{s.tier ?? <span className="muted">—</span>}</Row>
            <Row label="Lifecycle">{s.lifecycle ? <span className={`badge lc-${s.lifecycle}`}>{s.lifecycle}</span> : <span className="muted">—</span>}</Row>
            <Row label="Architecture">{s.architecture ?? <span className="muted">—</span>}</Row>
            <Row label="Tags">
              {s.tags.length > 0 ? (
                s.tags.map((t) => (
                  <Link key={t} className="tag" to={`/catalog/services?tag=${encodeURIComponent(t)}`}>
                    {t}
                  </Link>
                ))
              ) : (
                <span className="muted">—</span>
              )}
            </Row>
          </dl>
        </section>
        <section className="card" aria-labelledby="svc-ops">
          <h2 id="svc-ops">Operations and links</h2>
          <dl className="fields">
            <Row label="Repository">
              <Ref value={s.repository} />
            </Row>
            <Row label="Runbook">{s.runbook ? <Ref value={s.runbook} /> : <span className="badge warn">no runbook</span>}</Row>
            <Row label="On-call">{s.onCall ? <Ref value={s.onCall} /> : <span className="muted">— (team's, if any)</span>}</Row>
            <Row label="Dashboards">
              {s.dashboards.length > 0 ? (
                <ul className="plain">
                  {s.dashboards.map((d) => (
                    <li key={d}>
                      <Ref value={d} />
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">—</span>
              )}
            </Row>
            <Row label="Links">
              {s.links.length > 0 ? (
                <ul className="plain">
                  {s.links.map((l) => (
                    <li key={l.url}>
                      {isHttpUrl(l.url) ? (
                        <a href={l.url} target="_blank" rel="noreferrer noopener">
                          {l.title ?? l.url}
                        </a>
                      ) : (
                        (l.title ?? l.url)
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">—</span>
              )}
            </Row>
          </dl>
        </section>
      </div>
      <section className="card" aria-labelledby="svc-graph">
        <h2 id="svc-graph">
          Dependencies <span className="muted small">(what it calls and what calls it, two hops)</span>
        </h2>
        <ServiceGraph name={s.name} />
      </section>
    </>
  );
}
