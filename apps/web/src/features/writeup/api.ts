import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Language, type Schemas } from '../../lib/api';

/** The writeup as structured JSON (headline, dateline, paragraphs, warnings) in one language. */
export function useWriteup(eventId: string, lang: Language) {
  return useQuery({
    queryKey: ['writeup', eventId, lang],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/events/{eventId}/writeup/document', {
          params: { path: { eventId }, query: { lang } },
          signal,
        }),
      ),
    staleTime: 60_000,
  });
}

export type Draft = Schemas['WriteupDraftDto'];

export function useDrafts(eventId: string) {
  return useQuery({
    queryKey: ['drafts', eventId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/writeups', { params: { path: { eventId }, query: { pageSize: 50 } }, signal })),
    staleTime: 0,
  });
}

/** The draft as saved now (after a conflict: the version someone else saved). */
export function fetchDraft(eventId: string, id: string): Promise<Draft> {
  return call(api.GET('/api/v1/events/{eventId}/writeups/{id}', { params: { path: { eventId, id } } }));
}

function useDraftWrite<V>(eventId: string, write: (v: V) => Promise<Draft>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: ['drafts', eventId] }),
  });
}

export const useCreateDraft = (eventId: string) =>
  useDraftWrite(eventId, (lang: Language) =>
    call(api.POST('/api/v1/events/{eventId}/writeups', { params: { path: { eventId } }, body: { lang } })),
  );

export const useEditDraft = (eventId: string) =>
  useDraftWrite(eventId, ({ id, ...body }: { id: string; headline: string; body: string; baseVersion: number }) =>
    call(api.PUT('/api/v1/events/{eventId}/writeups/{id}', { params: { path: { eventId, id } }, body })),
  );

export const useRegenerateDraft = (eventId: string) =>
  useDraftWrite(eventId, ({ id, overwriteEdits }: { id: string; overwriteEdits: boolean }) =>
    call(api.POST('/api/v1/events/{eventId}/writeups/{id}/regenerate', { params: { path: { eventId, id } }, body: { overwriteEdits } })),
  );

export const usePublishDraft = (eventId: string) =>
  useDraftWrite(eventId, ({ id, version }: { id: string; version: number }) =>
    call(api.POST('/api/v1/events/{eventId}/writeups/{id}/publish', { params: { path: { eventId, id } }, body: { version } })),
  );

export type DraftVersionEntry = Schemas['DraftVersionEntryDto'];
export type DraftChanges = Schemas['DraftChangesDto'];

/** Every version of a draft, newest first, with who saved it and what it was based on. */
export function useDraftVersions(eventId: string, draftId: string, currentVersion: number) {
  return useQuery({
    queryKey: ['draft-versions', eventId, draftId, currentVersion],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/writeups/{id}/versions', { params: { path: { eventId, id: draftId } }, signal })),
  });
}

/** The record changes since the latest generated version, with that text and the text the records give now. */
export function useDraftChanges(eventId: string, draftId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['draft-changes', eventId, draftId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/writeups/{id}/changes', { params: { path: { eventId, id: draftId } }, signal })),
    enabled,
    staleTime: 0,
  });
}
