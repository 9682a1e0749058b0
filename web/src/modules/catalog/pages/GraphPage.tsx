import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { ServiceGraph } from '../graph/ServiceGraph.js';

/** The dependency graph on its own page, for a bigger picture and a link to share. */
export function GraphPage() {
  const { name = '' } = useParams();
  const enc = encodeURIComponent(name);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/catalog/services">Services</Link> / <Link to={`/catalog/services/${enc}`}>{name}</Link> / <span>graph</span>
      </nav>
      <PageHeader title={`Dependencies of ${name}`} subtitle="Who calls it comes before it, what it calls after it: two hops each way. Click a service to go there." />
      <ServiceGraph name={name} height={640} />
    </>
  );
}
