import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type PipelineProject = Schemas['ProjectFollowUpDto'];
export type Stage = PipelineProject['stage'];
export type StageChange = Schemas['CreateStageChangeDto'];
export type CounterpartRegister = Schemas['CounterpartRegisterDto'];

export const STAGES: readonly Stage[] = [
  'signed',
  'contract_concluded',
  'started',
  'funds_partly_in_place',
  'funds_in_place',
  'in_operation',
  'stalled',
  'cancelled',
];

/** A board column's first cards. */
export const COLUMN_SIZE = 50;

/** The board: one list per stage, each its first page and its total. */
export function usePipelineColumns(eventId: string | null) {
  return useQueries({
    queries: STAGES.map((stage) => ({
      queryKey: ['pipeline', eventId, stage],
      queryFn: () =>
        call(
          api.GET('/api/v1/follow-up/projects', {
            params: { query: { stage, pageSize: COLUMN_SIZE, ...(eventId ? { eventId } : {}) } },
          }),
        ),
    })),
  });
}

export function useMoveProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, body }: { projectId: string; body: StageChange }) =>
      call(api.POST('/api/v1/follow-up/projects/{projectId}/stage-changes', { params: { path: { projectId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['pipeline'] }),
  });
}

/** The register of an organization, or of a region (every organization recorded in it). */
export type CounterpartSubject = { organizationId: string } | { region: string };

/** One page of a counterpart's register: the first, or the one after `cursor` (the previous page's `nextCursor`). */
export function useCounterpart(subject: CounterpartSubject, cursor: string | undefined) {
  const query = { pageSize: 25, ...(cursor && { cursor }) };
  return useQuery({
    queryKey: ['counterpart', subject, cursor],
    queryFn: () =>
      'region' in subject
        ? call(api.GET('/api/v1/counterparts/regions/{region}', { params: { path: { region: subject.region }, query } }))
        : call(api.GET('/api/v1/counterparts/organizations/{id}', { params: { path: { id: subject.organizationId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export type FigureGroup = 'event' | 'host' | 'region' | 'sector';
export const FIGURE_GROUPS: readonly FigureGroup[] = ['event', 'host', 'region', 'sector'];

export function useAlerts() {
  return useQuery({
    queryKey: ['follow-up-alerts'],
    queryFn: () => call(api.GET('/api/v1/follow-up/alerts', { params: { query: { pageSize: 20 } } })),
  });
}

export type MouFollowUp = Schemas['MouFollowUpDto'];
export type Deliverable = Schemas['DeliverableDto'];
export type DeliverableStatus = Deliverable['status'];
export type CreateDeliverable = Schemas['CreateDeliverableDto'];
export type UpdateDeliverable = Schemas['UpdateDeliverableDto'];
export type FollowUpSettings = Schemas['FollowUpSettingsDto'];

export const DELIVERABLE_STATUSES: readonly DeliverableStatus[] = ['open', 'done', 'dropped'];

/** An MoU's follow-up: expiry and renewal dates, note and deliverables (soonest due first). */
export function useMouFollowUp(mouId: string) {
  return useQuery({
    queryKey: ['mou-follow-up', mouId],
    queryFn: () => call(api.GET('/api/v1/follow-up/mous/{mouId}', { params: { path: { mouId } } })),
  });
}

/** After a change to an MoU's follow-up: the MoU, the alerts and the counterpart registers show it. */
function useFollowUpChanged(mouId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['mou-follow-up', mouId] }),
      client.invalidateQueries({ queryKey: ['follow-up-alerts'] }),
      client.invalidateQueries({ queryKey: ['counterpart'] }),
    ]);
}

export function useSaveMouFollowUp(mouId: string) {
  const changed = useFollowUpChanged(mouId);
  return useMutation({
    mutationFn: (body: Schemas['UpdateMouFollowUpDto']) =>
      call(api.PUT('/api/v1/follow-up/mous/{mouId}', { params: { path: { mouId } }, body })),
    onSuccess: changed,
  });
}

/** Adds a deliverable (`id` null) or changes one. */
export function useSaveDeliverable(mouId: string) {
  const changed = useFollowUpChanged(mouId);
  return useMutation({
    mutationFn: (change: { id: null; body: CreateDeliverable } | { id: string; body: UpdateDeliverable }) =>
      change.id === null
        ? call(api.POST('/api/v1/follow-up/mous/{mouId}/deliverables', { params: { path: { mouId } }, body: change.body }))
        : call(api.PATCH('/api/v1/follow-up/deliverables/{id}', { params: { path: { id: change.id } }, body: change.body })),
    onSuccess: changed,
  });
}

export function useRemoveDeliverable(mouId: string) {
  const changed = useFollowUpChanged(mouId);
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/follow-up/deliverables/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

/** One organization of the register (the name of a deliverable's owner). */
export function useOrganization(id: string | null) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: () => call(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });
}

export function useFollowUpSettings() {
  return useQuery({
    queryKey: ['follow-up-settings'],
    queryFn: () => call(api.GET('/api/v1/follow-up/settings')),
  });
}

/** New stall rules re-mark the board; new horizons change the alerts in force. */
export function useSaveFollowUpSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateFollowUpSettingsDto']) => call(api.PUT('/api/v1/follow-up/settings', { body })),
    onSuccess: (saved) => {
      client.setQueryData(['follow-up-settings'], saved);
      return Promise.all([
        client.invalidateQueries({ queryKey: ['pipeline'] }),
        client.invalidateQueries({ queryKey: ['follow-up-alerts'] }),
      ]);
    },
  });
}
