import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { MAX_PAGE, queryKeys, type ServiceFilters } from '../../api/catalog-api.js';
import { useApi } from '../../app/api-context.js';
import { Empty, ErrorState, Loading } from '../../components/states.js';

/** The services matching a filter (a team's or a system's), as a short linked list. */
export function RelatedServices({ filters, emptyText }: { filters: ServiceFilters; emptyText: string }) {
  const { catalog } = useApi();
  const services = useQuery({
    queryKey: queryKeys.services(filters, undefined, MAX_PAGE),
    queryFn: ({ signal }) => catalog.listServices(filters, undefined, MAX_PAGE, signal),
  });
  if (services.isPending) return <Loading />;
  if (services.isError) {
    return (
      <ErrorState
        error={services.error}
        retry={() => {
          void services.refetch();
        }}
      />
    );
  }
  if (services.data.items.length === 0) {
    return (
      <Empty>
        <p>{emptyText}</p>
      </Empty>
    );
  }
  return (
    <ul className="plain service-links">
      {services.data.items.map((s) => (
        <li key={s.name}>
          <Link to={`/catalog/services/${encodeURIComponent(s.name)}`}>{s.title ?? s.name}</Link>
          {s.tier !== null && <span className="badge">tier {s.tier}</span>}
          {s.lifecycle && <span className={`badge lc-${s.lifecycle}`}>{s.lifecycle}</span>}
        </li>
      ))}
      {services.data.nextCursor !== null && <li className="muted">… and more: see the services table.</li>}
    </ul>
  );
}
