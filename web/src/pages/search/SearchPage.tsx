import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { queryKeys } from '../../api/catalog-api.js';
import { toSearchHits } from '../../api/search-results.js';
import { useApi } from '../../app/api-context.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../components/states.js';

export function SearchPage() {
  const { catalog } = useApi();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const results = useQuery({
    queryKey: queryKeys.search(q),
    queryFn: async ({ signal }) => toSearchHits(await catalog.search(q, signal)),
    enabled: q !== '',
  });

  return (
    <>
      <PageHeader title={q === '' ? 'Search' : `Search: ${q}`} />
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get('q');
          setParams(typeof value === 'string' && value.trim() !== '' ? { q: value.trim() } : {});
        }}
      >
        <label htmlFor="search-page-q">Services, teams and systems by name or title</label>
        <div className="row">
          <input id="search-page-q" name="q" type="search" defaultValue={q} key={q} />
          <button type="submit" className="button primary">
            Search
          </button>
        </div>
      </form>
      {q === '' ? (
        <Empty>
          <p>Type a name or title above.</p>
        </Empty>
      ) : results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ErrorState
          error={results.error}
          retry={() => {
            void results.refetch();
          }}
        />
      ) : results.data.length === 0 ? (
        <Empty>
          <p>Nothing matches “{q}”.</p>
        </Empty>
      ) : (
        <ul className="result-list" aria-label="Results">
          {results.data.map((hit) => (
            <li key={`${hit.kind}:${hit.name}`}>
              <span className={`kind kind-${hit.kind}`}>{hit.kind}</span>
              <Link to={hit.href}>{hit.title ?? hit.name}</Link>
              {hit.title !== undefined && <span className="muted"> {hit.name}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
