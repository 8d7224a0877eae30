import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type SeatingPlan = Schemas['SeatingPlanDto'];
export type CreateSeatingPlan = Schemas['CreateSeatingPlanDto'];
export type UpdateSeatingPlan = Schemas['UpdateSeatingPlanDto'];

const plansKey = (eventId: string) => ['seating-plans', eventId];

export function useSeatingPlans(eventId: string) {
  return useQuery({
    queryKey: plansKey(eventId),
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/seating-plans', { params: { path: { eventId }, query: { pageSize: 100 } }, signal })),
  });
}

/** The event's attendees in protocol order, to choose whom to pin (the first 200). */
export function usePinCandidates(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['seating-candidates', eventId],
    enabled,
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/events/{eventId}/attendees', { params: { path: { eventId }, query: { pageSize: 200 } }, signal })),
  });
}

/** Every change answers with the plan as now seated: it replaces the plan in the list. */
function usePlanMutation<V>(eventId: string, fn: (vars: V) => Promise<SeatingPlan>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: plansKey(eventId) }),
  });
}

export const useCreatePlan = (eventId: string) =>
  usePlanMutation(eventId, (body: CreateSeatingPlan) =>
    call(api.POST('/api/v1/events/{eventId}/seating-plans', { params: { path: { eventId } }, body })),
  );

export const useUpdatePlan = (eventId: string) =>
  usePlanMutation(eventId, ({ id, body }: { id: string; body: UpdateSeatingPlan }) =>
    call(api.PATCH('/api/v1/events/{eventId}/seating-plans/{id}', { params: { path: { eventId, id } }, body })),
  );

export const useAssignPlan = (eventId: string) =>
  usePlanMutation(eventId, (id: string) =>
    call(api.POST('/api/v1/events/{eventId}/seating-plans/{id}/assign', { params: { path: { eventId, id } } })),
  );

export const usePinSeat = (eventId: string) =>
  usePlanMutation(eventId, ({ id, block, seat, attendeeId }: { id: string; block: number; seat: number; attendeeId: string }) =>
    call(
      api.PUT('/api/v1/events/{eventId}/seating-plans/{id}/pins', { params: { path: { eventId, id } }, body: { block, seat, attendeeId } }),
    ),
  );

export const useUnpinSeat = (eventId: string) =>
  usePlanMutation(eventId, ({ id, block, seat }: { id: string; block: number; seat: number }) =>
    call(api.DELETE('/api/v1/events/{eventId}/seating-plans/{id}/pins', { params: { path: { eventId, id }, query: { block, seat } } })),
  );

export function useDeletePlan(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/seating-plans/{id}', { params: { path: { eventId, id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: plansKey(eventId) }),
  });
}

const toSearch = (query: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();

/** Same-origin file links: the session cookie authenticates the GET and the server names the file. */
export const chartHref = (eventId: string, planId: string, query: { lang: string; paper: string; format: string }) =>
  `/api/v1/events/${encodeURIComponent(eventId)}/seating-plans/${encodeURIComponent(planId)}/chart?${toSearch(query)}`;
export const placeCardsHref = (eventId: string, planId: string, query: { lang: string; second?: string }) =>
  `/api/v1/events/${encodeURIComponent(eventId)}/seating-plans/${encodeURIComponent(planId)}/place-cards?${toSearch(query)}`;
export const badgesHref = (eventId: string, query: { lang: string }) =>
  `/api/v1/events/${encodeURIComponent(eventId)}/badges?${toSearch(query)}`;
