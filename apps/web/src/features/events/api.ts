import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, type EventQuery } from '../../lib/api';

export function useEvents(query: EventQuery) {
  return useQuery({
    queryKey: ['events', query],
    queryFn: ({ signal }) => call(api.GET('/api/v1/events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One event; shared by the pages and the start-up prefetch so both use one cache entry. */
export const eventQuery = (eventId: string) => ({
  queryKey: ['event', eventId],
  queryFn: ({ signal }: { signal: AbortSignal }) => call(api.GET('/api/v1/events/{id}', { params: { path: { id: eventId } }, signal })),
});

export function useEvent(eventId: string) {
  return useQuery(eventQuery(eventId));
}
