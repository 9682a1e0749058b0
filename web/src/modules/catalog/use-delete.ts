import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/catalog-api.js';

/**
 * After a delete: leave the page, mark the deleted entity's cached reads stale without
 * refetching them (that would be a 404 while the page unmounts), and refresh the lists,
 * the overview and search that showed it.
 */
export function useAfterDelete(kind: 'service' | 'team', name: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    void navigate(kind === 'service' ? '/catalog/services' : '/catalog/teams');
    const own = kind === 'service' ? [queryKeys.service(name), queryKeys.graph(name)] : [queryKeys.team(name)];
    for (const queryKey of own) void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
    for (const queryKey of [['services', 'list'], queryKeys.allServices, queryKeys.teams, ['search']]) void queryClient.invalidateQueries({ queryKey });
  };
}
