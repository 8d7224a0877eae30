import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type CreateEvent = Schemas['CreateEventDto'];
export type UpdateEvent = Schemas['UpdateEventDto'];
export type AgendaItem = Schemas['AgendaItemDto'];
export type AgendaKind = AgendaItem['kind'];
export type CreateAgendaItem = Schemas['CreateAgendaItemDto'];

export const AGENDA_KINDS: readonly AgendaKind[] = [
  'opening',
  'address',
  'unveiling',
  'mou_signing',
  'project_signing',
  'policy_presentation',
  'matchmaking',
  'site_visit',
  'other',
];

export function useCreateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEvent) => call(api.POST('/api/v1/events', { body })),
    onSuccess: (event) => {
      client.setQueryData(['event', event.id], event);
      return client.invalidateQueries({ queryKey: ['events'] });
    },
  });
}

export function useUpdateEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEvent) => call(api.PATCH('/api/v1/events/{id}', { params: { path: { id } }, body })),
    onSuccess: async (event) => {
      client.setQueryData(['event', id], (old: object | undefined) => ({ ...old, ...event }));
      await client.invalidateQueries({ queryKey: ['events'] });
      await client.invalidateQueries({ queryKey: ['event', id] });
    },
  });
}

export function useAgenda(eventId: string) {
  return useQuery({
    queryKey: ['agenda', eventId],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/agenda', { params: { path: { eventId }, query: { pageSize: 200 } }, signal })),
  });
}

function useAgendaInvalidation(eventId: string) {
  const client = useQueryClient();
  // not awaited: the form empties for the next item at once, before the list is fetched again
  return () => void client.invalidateQueries({ queryKey: ['agenda', eventId] });
}

export function useSaveAgendaItem(eventId: string) {
  const onSettled = useAgendaInvalidation(eventId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateAgendaItem }) =>
      id
        ? call(api.PATCH('/api/v1/events/{eventId}/agenda/{id}', { params: { path: { eventId, id } }, body }))
        : call(api.POST('/api/v1/events/{eventId}/agenda', { params: { path: { eventId } }, body })),
    onSettled,
  });
}

/** Writes the new order of every item that moved (the order is a number per item). */
export function useReorderAgenda(eventId: string) {
  const onSettled = useAgendaInvalidation(eventId);
  return useMutation({
    mutationFn: async (items: { id: string; order: number }[]) => {
      for (const { id, order } of items) {
        await call(api.PATCH('/api/v1/events/{eventId}/agenda/{id}', { params: { path: { eventId, id } }, body: { order } }));
      }
    },
    onSettled,
  });
}

export function useDeleteAgendaItem(eventId: string) {
  const onSettled = useAgendaInvalidation(eventId);
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/agenda/{id}', { params: { path: { eventId, id } } })),
    onSettled,
  });
}
