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

/** People with one of these names (exact, in any language) holding a position in one of these organizations (any, when none). */
export async function findSamePeople(names: string[], organizationIds: string[]): Promise<PersonDto[]> {
  const orgIds = [...new Set(organizationIds)];
  const found = new Map<string, PersonDto>();
  for (const q of new Set(names)) {
    for (const organizationId of orgIds.length > 0 ? orgIds : [undefined]) {
      const page = await call(
        api.GET('/api/v1/people', { params: { query: { q, pageSize: 20, ...(organizationId && { organizationId }) } } }),
      );
      for (const p of page.items) {
        if ((['zh', 'ja', 'en'] as const).some((l) => p.name[l]?.trim() === q)) found.set(p.id, p);
      }
    }
  }
  return [...found.values()];
}

/** Other records that may be the same person: same name in a language and a position in the same organization. */
export function useSuspectedDuplicates(person: PersonDto | null) {
  return useQuery({
    queryKey: ['people', 'duplicates-of', person?.id ?? null, person?.updatedAt ?? null],
    queryFn: async () => {
      if (!person) return [];
      const names = Object.values(person.name)
        .filter((n): n is string => !!n?.trim())
        .map((n) => n.trim());
      const orgs = person.positions.map((p) => p.organizationId).filter((id): id is string => !!id);
      if (orgs.length === 0) return [];
      return (await findSamePeople(names, orgs)).filter((p) => p.id !== person.id);
    },
    enabled: person !== null,
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

export type PersonMerge = Schemas['PersonMergeDto'];

/** What merging `duplicateId` into `keptId` would move (a dry run: nothing is written). */
export function useMergePreview(keptId: string, duplicateId: string | null) {
  return useQuery({
    queryKey: ['person-merge', keptId, duplicateId],
    queryFn: () =>
      call(
        api.POST('/api/v1/people/{id}/merge', { params: { path: { id: keptId } }, body: { duplicateId: duplicateId ?? '', dryRun: true } }),
      ),
    enabled: duplicateId !== null && duplicateId !== keptId,
    staleTime: 0,
  });
}

/** Merges another record of the same person into the kept one; the other record is removed. */
export function useMergePeople() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ keptId, duplicateId }: { keptId: string; duplicateId: string }) =>
      call(api.POST('/api/v1/people/{id}/merge', { params: { path: { id: keptId } }, body: { duplicateId } })),
    onSuccess: (result) => {
      client.setQueryData(['person', result.person.id], result.person);
      // the other record is gone: what was read of it is dropped, not fetched again
      client.removeQueries({ queryKey: ['person', result.duplicate.id] });
      client.removeQueries({ queryKey: ['person-merge'] });
      void client.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
