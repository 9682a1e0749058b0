import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { useAdrGraph } from '../queries.js';

// The graph library is loaded only when the graph is shown: it is most of the UI's JavaScript.
const AdrGraph = lazy(() => import('./AdrGraph.js'));

export function AdrGraphPage() {
  const graph = useAdrGraph();
  return (
    <>
      <PageHeader
        title="Decision graph"
        subtitle="Every decision record and how they relate: supersedes, amends, relates to."
        actions={<Link to="/architecture/adrs">Decisions as a list</Link>}
      />
      {graph.isPending ? (
        <Loading label="Loading decisions…" />
      ) : graph.isError ? (
        <ErrorState error={graph.error} retry={() => { void graph.refetch(); }} />
      ) : graph.data.nodes.length === 0 ? (
        <Empty>
          <p>No decisions yet. Push a repository&apos;s records with <code>groundwork adr push</code>.</p>
        </Empty>
      ) : (
        <>
          {graph.data.edges.length === 0 && <p className="muted">No decision relates to another yet.</p>}
          <Suspense fallback={<Loading label="Drawing the graph…" />}>
            <AdrGraph graph={graph.data} />
          </Suspense>
        </>
      )}
    </>
  );
}
