import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type WebhookEndpoint = Schemas['WebhookEndpointDto'];
export type WebhookEventType = WebhookEndpoint['eventTypes'][number];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookEndpointInput = Schemas['CreateWebhookEndpointDto'];

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  'event.created',
  'event.updated',
  'event.status_changed',
  'attendee.added',
  'attendee.checked_in',
  'mou.signed',
  'project.signed',
  'writeup.published',
  'import.finished',
];

const ENDPOINTS = ['webhook-endpoints'] as const;

export function useWebhookEndpoints(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ENDPOINTS, { page, pageSize }],
    queryFn: ({ signal }) => call(api.GET('/api/v1/webhook-endpoints', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateWebhookEndpoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookEndpointInput) => call(api.POST('/api/v1/webhook-endpoints', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

export function useUpdateWebhookEndpoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Schemas['UpdateWebhookEndpointDto'] & { id: string }) =>
      call(api.PATCH('/api/v1/webhook-endpoints/{id}', { params: { path: { id } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

export function useDeleteWebhookEndpoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/webhook-endpoints/{id}', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

export function useRotateWebhookSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/webhook-endpoints/{id}/rotate-secret', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

/** The delivery log of an endpoint; polled while a delivery is still to be attempted. */
export function useWebhookDeliveries(endpointId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['webhook-deliveries', endpointId, { page, pageSize }],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/webhook-endpoints/{id}/deliveries', {
          params: { path: { id: endpointId }, query: { page, pageSize } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 2_000 : 10_000),
  });
}

export function useRedeliver(endpointId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      call(
        api.POST('/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver', {
          params: { path: { id: endpointId, deliveryId } },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['webhook-deliveries', endpointId] }),
  });
}
