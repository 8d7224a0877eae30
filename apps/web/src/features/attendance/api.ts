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

/**
 * Moves one attendee to place `to` (the No. shown) in the list as shown: every attendee gets the number of
 * their new place as the event's protocol order (only the numbers that change are written), so the
 * order seen is the order kept, whatever the people's ranks.
 */
export function useMoveAttendee(eventId: string) {
  const onSettled = useAttendanceInvalidation(eventId);
  return useMutation({
    mutationFn: async ({
      list,
      id,
      to,
    }: {
      list: { id: string; protocolOrder: number | null; effectiveOrder: number }[];
      id: string;
      to: number;
    }) => {
      const ordered = [...list].sort((a, b) => a.effectiveOrder - b.effectiveOrder);
      // the page's first number: on page 2 of a long list places start after page 1
      const base = ordered[0]?.effectiveOrder ?? 1;
      const from = ordered.findIndex((a) => a.id === id);
      const [moved] = ordered.splice(from, 1);
      if (!moved) return;
      ordered.splice(Math.min(Math.max(to - base, 0), ordered.length), 0, moved);
      for (const [i, a] of ordered.entries()) {
        const protocolOrder = base + i;
        if (a.protocolOrder !== protocolOrder) {
          await call(
            api.PATCH('/api/v1/events/{eventId}/attendees/{id}', { params: { path: { eventId, id: a.id } }, body: { protocolOrder } }),
          );
        }
      }
    },
    onSettled,
  });
}

/** Back to the people's protocol ranks: every per-event number is cleared. */
export function useResetOrder(eventId: string) {
  const onSettled = useAttendanceInvalidation(eventId);
  return useMutation({
    mutationFn: async (list: { id: string; protocolOrder: number | null }[]) => {
      for (const a of list.filter((x) => x.protocolOrder !== null)) {
        await call(
          api.PATCH('/api/v1/events/{eventId}/attendees/{id}', { params: { path: { eventId, id: a.id } }, body: { protocolOrder: null } }),
        );
      }
    },
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
    onSettled: () => void client.invalidateQueries({ queryKey: ['participant-groups', eventId] }),
  });
}

export function useDeleteParticipantGroup(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/participant-groups/{id}', { params: { path: { eventId, id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['participant-groups', eventId] }),
  });
}
