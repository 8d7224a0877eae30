import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type PersonDto = Schemas['PersonDto'];
export type OrganizationDto = Schemas['OrganizationDto'];
export type OrganizationKind = OrganizationDto['kind'];
export type CreatePerson = Schemas['CreatePersonDto'];
export type CreateOrganization = Schemas['CreateOrganizationDto'];

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'government',
  'party_committee',
  'enterprise',
  'state_owned_enterprise',
  'statutory_body',
  'university',
  'research_institute',
  'association',
  'development_zone',
  'media',
  'other',
];

/** Organizations whose name or short name contains `q` in any language. */
export function useOrganizations(q: string, page = 1, pageSize = 10) {
  return useQuery({
    queryKey: ['organizations', q, page, pageSize],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/organizations', { params: { query: { page, pageSize, ...(q.trim() && { q: q.trim() }) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** People whose name contains `q` in any language, optionally holding a position in one organization. */
export function usePeople(q: string, options: { page?: number; pageSize?: number; organizationId?: string; enabled?: boolean } = {}) {
  const { page = 1, pageSize = 10, organizationId, enabled = true } = options;
  return useQuery({
    queryKey: ['people', q, page, pageSize, organizationId ?? null],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/people', {
          params: { query: { page, pageSize, ...(q.trim() && { q: q.trim() }), ...(organizationId && { organizationId }) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string | null) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: ({ signal }) => call(api.GET('/api/v1/people/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });
}

export function useCreateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganization) => call(api.POST('/api/v1/organizations', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['organizations'] }),
  });
}

export function useSavePerson(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePerson) =>
      id ? call(api.PATCH('/api/v1/people/{id}', { params: { path: { id } }, body })) : call(api.POST('/api/v1/people', { body })),
    onSuccess: (person) => {
      client.setQueryData(['person', person.id], person);
      void client.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
