import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/catalog-api.js';
import { ProblemError } from '../api/problem.js';
import type { SessionInfo } from '../api/types.js';
import { useApi } from '../app/api-context.js';

/** The current browser session, or null when signed out (the probe says so; an older server's 401 too). */
export function useSession() {
  const { catalog, http } = useApi();
  return useQuery<SessionInfo | null>({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }) => {
      try {
        const session = await catalog.getSession(signal);
        http.setCsrfToken(session?.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ProblemError && error.status === 401) {
          http.setCsrfToken(undefined);
          return null;
        }
        throw error;
      }
    },
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function useSignIn() {
  const { catalog, http } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => catalog.signIn(token),
    onSuccess: (session) => {
      http.setCsrfToken(session.csrfToken);
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

export function useSignOut() {
  const { catalog, http } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => catalog.signOut(),
    onSettled: () => {
      // Whatever the server said, forget everything this browser tab knew.
      http.setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}
