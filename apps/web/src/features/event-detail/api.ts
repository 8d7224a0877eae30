import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, type AttendanceQuery } from '../../lib/api';

export function useAttendees(eventId: string, query: AttendanceQuery) {
  return useQuery({
    queryKey: ['attendees', eventId, query],
    queryFn: ({ signal }) => call(api.GET('/api/v1/events/{eventId}/attendees', { params: { path: { eventId }, query }, signal })),
    placeholderData: keepPreviousData,
  });
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
