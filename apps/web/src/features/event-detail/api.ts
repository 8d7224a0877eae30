import { useEffect } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type AttendanceQuery, type Schemas } from '../../lib/api';

export const attendeesQuery = (eventId: string, query: AttendanceQuery) => ({
  queryKey: ['attendees', eventId, query],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    call(api.GET('/api/v1/events/{eventId}/attendees', { params: { path: { eventId }, query }, signal })),
});

/** The first page an event page shows, requested together with the event instead of after it. */
export const FIRST_ATTENDEE_PAGE: AttendanceQuery = { page: 1, pageSize: 50 };

export function usePrefetchAttendees(eventId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    void client.prefetchQuery(attendeesQuery(eventId, FIRST_ATTENDEE_PAGE));
  }, [client, eventId]);
}

export function useAttendees(eventId: string, query: AttendanceQuery) {
  return useQuery({ ...attendeesQuery(eventId, query), placeholderData: keepPreviousData });
}

export function useSpeeches(eventId: string) {
  return useQuery({
    queryKey: ['speeches', eventId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/speeches', { params: { path: { eventId }, query: { pageSize: 200 } }, signal })),
  });
}

export function useMous(eventId: string) {
  return useQuery({
    queryKey: ['mous', eventId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/mous', { params: { path: { eventId }, query: { pageSize: 200 } }, signal })),
  });
}

export function useProjects(eventId: string) {
  return useQuery({
    queryKey: ['projects', eventId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/projects', { params: { path: { eventId }, query: { pageSize: 200 } }, signal })),
  });
}

export type EventOutput = Schemas['EventOutputDto'];

/** Which of the event's files changed since they were last downloaded. */
export function useOutputs(eventId: string) {
  return useQuery({
    queryKey: ['outputs', eventId],
    queryFn: ({ signal }) => call(api.GET('/api/v1/events/{eventId}/outputs', { params: { path: { eventId } }, signal })),
  });
}

/** 代理出席: a deputy attends in the principal's place; every list, the outputs and the event's counts change. */
export function useReplaceAttendee(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, personId }: { id: string; personId: string }) =>
      call(api.POST('/api/v1/events/{eventId}/attendees/{id}/replace', { params: { path: { eventId, id } }, body: { personId } })),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['attendees', eventId] }),
        client.invalidateQueries({ queryKey: ['event', eventId] }),
        client.invalidateQueries({ queryKey: ['outputs', eventId] }),
        client.invalidateQueries({ queryKey: ['desk-summary', eventId] }),
      ]),
  });
}
