import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type paths, type Role, type Schemas } from '../../lib/api';

export type AuditQuery = NonNullable<paths['/api/v1/audit-log']['get']['parameters']['query']>;
export const ROLES: readonly Role[] = ['owner', 'organizer', 'official'];

/** A page of the members, in the order they joined. */
export function useMembers(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['members', { page, pageSize }],
    queryFn: ({ signal }) => call(api.GET('/api/v1/members', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      call(api.PATCH('/api/v1/members/{userId}', { params: { path: { userId } }, body: { role } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => call(api.DELETE('/api/v1/members/{userId}', { params: { path: { userId } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: ['api-keys'], queryFn: ({ signal }) => call(api.GET('/api/v1/api-keys', { signal })) });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; role: Role }) => call(api.POST('/api/v1/api-keys', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit-log', query],
    queryFn: ({ signal }) => call(api.GET('/api/v1/audit-log', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export type InvitationInput = Schemas['CreateInvitationDto'];

/** Pending invitations (not accepted, revoked or expired), newest first. */
export function useInvitations(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['invitations', { page, pageSize }],
    queryFn: ({ signal }) => call(api.GET('/api/v1/invitations', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationInput) => call(api.POST('/api/v1/invitations', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
