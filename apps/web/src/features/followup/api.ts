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

export function useCounterpart(subject: CounterpartSubject, page: number) {
  return useQuery({
    queryKey: ['counterpart', subject, page],
    queryFn: () =>
      'region' in subject
        ? call(
            api.GET('/api/v1/counterparts/regions/{region}', {
              params: { path: { region: subject.region }, query: { page, pageSize: 25 } },
            }),
          )
        : call(
            api.GET('/api/v1/counterparts/organizations/{id}', {
              params: { path: { id: subject.organizationId }, query: { page, pageSize: 25 } },
            }),
          ),
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
