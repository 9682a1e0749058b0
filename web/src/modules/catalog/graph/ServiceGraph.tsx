import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { queryKeys } from '../../../api/catalog-api.js';
import { useApi } from '../../../app/api-context.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { toGraphModel } from './graph-model.js';

// The graph library is loaded only when a graph is shown: it is most of the UI's JavaScript.
const DependencyGraph = lazy(() => import('./DependencyGraph.js'));

/** What a service calls and what calls it, two hops each way. */
export function ServiceGraph({ name, height }: { name: string; height?: number }) {
  const { catalog } = useApi();
  const graph = useQuery({
    queryKey: queryKeys.graph(name),
    queryFn: async ({ signal }) => toGraphModel(await catalog.getServiceGraph(name, signal)),
  });
  if (graph.isPending) return <Loading label="Loading dependencies…" />;
  if (graph.isError) {
    return (
      <ErrorState
        error={graph.error}
        retry={() => {
          void graph.refetch();
        }}
      />
    );
  }
  if (graph.data.edges.length === 0) {
    return (
      <Empty>
        <p>No known dependencies: nothing this service calls and nothing that calls it.</p>
      </Empty>
    );
  }
  return (
    <Suspense fallback={<Loading label="Drawing the graph…" />}>
      <DependencyGraph model={graph.data} {...(height !== undefined ? { height } : {})} />
    </Suspense>
  );
}
