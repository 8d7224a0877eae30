import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../lib/api';

/** Live counts: polled every second, so a check-in at another desk shows here within about a second. */
export function useDeskSummary(eventId: string) {
  return useQuery({
    queryKey: ['desk-summary', eventId],
    queryFn: ({ signal }) => call(api.GET('/api/v1/events/{eventId}/attendees/summary', { params: { path: { eventId } }, signal })),
    refetchInterval: 1000,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
}

/** Search over names in every language; refreshed every 2 s so statuses set at other desks show. */
export function useDeskSearch(eventId: string, q: string) {
  return useQuery({
    queryKey: ['desk-search', eventId, q],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/events/{eventId}/attendees', {
          params: { path: { eventId }, query: { pageSize: 12, ...(q && { q }) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 2000,
    staleTime: 0,
  });
}

function useDeskInvalidation(eventId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['desk-summary', eventId] }),
      client.invalidateQueries({ queryKey: ['desk-search', eventId] }),
      client.invalidateQueries({ queryKey: ['attendees', eventId] }),
      client.invalidateQueries({ queryKey: ['event', eventId] }),
    ]);
}

export function useCheckIn(eventId: string) {
  const invalidate = useDeskInvalidation(eventId);
  return useMutation({
    mutationFn: ({ id, checkedInAt }: { id: string; checkedInAt?: string }) =>
      call(
        api.POST('/api/v1/events/{eventId}/attendees/{id}/check-in', {
          params: { path: { eventId, id } },
          body: checkedInAt ? { checkedInAt } : {},
        }),
      ),
    onSettled: invalidate,
  });
}

export function useUndoCheckIn(eventId: string) {
  const invalidate = useDeskInvalidation(eventId);
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/attendees/{id}/check-in', { params: { path: { eventId, id } } })),
    onSettled: invalidate,
  });
}

/** Check-in by the code of a badge's QR code (scanned or typed): the same idempotent check-in. */
export function useScanCheckIn(eventId: string) {
  const invalidate = useDeskInvalidation(eventId);
  return useMutation({
    mutationFn: ({ code, checkedInAt }: { code: string; checkedInAt?: string }) =>
      call(
        api.POST('/api/v1/events/{eventId}/check-in/scan', {
          params: { path: { eventId } },
          body: { code, ...(checkedInAt && { checkedInAt }) },
        }),
      ),
    onSettled: invalidate,
  });
}
