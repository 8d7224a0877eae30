import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, type EventQuery } from '../../lib/api';

export function useEvents(query: EventQuery) {
  return useQuery({
    queryKey: ['events', query],
    queryFn: ({ signal }) => call(api.GET('/api/v1/events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(eventId: string) {
  return useQuery({
    queryKey: ['event', eventId],
    queryFn: ({ signal }) => call(api.GET('/api/v1/events/{id}', { params: { path: { id: eventId } }, signal })),
  });
}
