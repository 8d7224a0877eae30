import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type CreateAttendance = Schemas['CreateAttendanceDto'];
export type UpdateAttendance = Schemas['UpdateAttendanceDto'];
export type ParticipantGroup = Schemas['ParticipantGroupDto'];
export type CreateParticipantGroup = Schemas['CreateParticipantGroupDto'];
export const ROLES = ['presider', 'speaker', 'guest', 'participant'] as const;
export const STATUSES = ['invited', 'registered', 'checked_in', 'absent'] as const;
export const QUALIFIERS = ['exact', 'about', 'over', 'nearly'] as const;
export const UNITS = ['people', 'organizations'] as const;

/** The whole list in protocol order (an event's list fits in a few pages of 200). */
export function useAttendanceList(eventId: string, page: number) {
  return useQuery({
    queryKey: ['attendees', eventId, { page, pageSize: 200, manage: true }],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/attendees', { params: { path: { eventId }, query: { page, pageSize: 200 } }, signal })),
  });
}

function useAttendanceInvalidation(eventId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['attendees', eventId] }),
      client.invalidateQueries({ queryKey: ['event', eventId] }),
      client.invalidateQueries({ queryKey: ['desk-summary', eventId] }),
    ]);
}

export function useAddAttendees(eventId: string) {
  const onSuccess = useAttendanceInvalidation(eventId);
  return useMutation({
    mutationFn: (items: CreateAttendance[]) =>
      call(api.POST('/api/v1/events/{eventId}/attendees/bulk', { params: { path: { eventId } }, body: { items } })),
    onSuccess,
  });
}

export function useUpdateAttendee(eventId: string) {
  const onSettled = useAttendanceInvalidation(eventId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateAttendance }) =>
      call(api.PATCH('/api/v1/events/{eventId}/attendees/{id}', { params: { path: { eventId, id } }, body })),
    onSettled,
  });
}

export function useRemoveAttendee(eventId: string) {
  const onSettled = useAttendanceInvalidation(eventId);
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/attendees/{id}', { params: { path: { eventId, id } } })),
    onSettled,
  });
}

export function useParticipantGroups(eventId: string) {
  return useQuery({
    queryKey: ['participant-groups', eventId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/participant-groups', { params: { path: { eventId }, query: { pageSize: 200 } }, signal })),
  });
}

export function useSaveParticipantGroup(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateParticipantGroup }) =>
      id
        ? call(api.PATCH('/api/v1/events/{eventId}/participant-groups/{id}', { params: { path: { eventId, id } }, body }))
        : call(api.POST('/api/v1/events/{eventId}/participant-groups', { params: { path: { eventId } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['participant-groups', eventId] }),
  });
}

export function useDeleteParticipantGroup(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      call(api.DELETE('/api/v1/events/{eventId}/participant-groups/{id}', { params: { path: { eventId, id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['participant-groups', eventId] }),
  });
}
