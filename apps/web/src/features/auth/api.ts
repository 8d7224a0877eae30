import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call, setCsrfToken, type Language, type Session } from '../../lib/api';

export const SESSION_KEY = ['session'] as const;

/** The browser's session, or null when signed out. Its CSRF token is kept in memory for writes. */
export const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await call(api.GET('/api/v1/auth/session'));
      setCsrfToken(session.csrfToken);
      return session;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw err;
    }
  },
  staleTime: Infinity,
  retry: false,
} as const;

export function useSession() {
  return useQuery(sessionQuery);
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => call(api.POST('/api/v1/auth/session', { body })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/auth/session')),
    onSettled: () => {
      setCsrfToken(null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useSwitchWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) => call(api.PUT('/api/v1/auth/session/workspace', { body: { workspaceId } })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // everything cached belongs to the previous workspace
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

/** Organizers and owners write (check-in); officials read and download. */
export const canWrite = (session: Session | null | undefined): boolean =>
  session?.workspace.role === 'owner' || session?.workspace.role === 'organizer';

/** What an invitation link offers (no credentials: the token is one). */
export function useInvitationPreview(token: string | null) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => call(api.POST('/api/v1/invitations/preview', { body: { token: token ?? '' } })),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: { token: string; password?: string }) => call(api.POST('/api/v1/invitations/accept', { body })),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string; language: Language }) => call(api.POST('/api/v1/auth/password-reset', { body })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) => call(api.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}
