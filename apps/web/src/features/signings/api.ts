import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api';

export type Speech = Schemas['SpeechDto'];
export type CreateSpeech = Schemas['CreateSpeechDto'];
export type Mou = Schemas['MouDto'];
export type CreateMou = Schemas['CreateMouDto'];
export type Project = Schemas['SignedProjectDto'];
export type CreateProject = Schemas['CreateSignedProjectDto'];
export type Sector = NonNullable<Project['sector']>;
export type DocumentType = NonNullable<Mou['documentType']>;

export const SPEECH_KINDS: readonly Speech['kind'][] = [
  'opening_declaration',
  'welcome_address',
  'address',
  'keynote',
  'keynote_report',
  'remarks',
  'statement',
  'toast',
  'closing_remarks',
];
export const SECTORS: readonly Sector[] = [
  'ai',
  'biomedicine',
  'digital_economy',
  'advanced_manufacturing',
  'new_energy',
  'new_materials',
  'marine_economy',
  'finance',
  'logistics',
  'education',
  'healthcare',
  'communications',
  'culture_tourism',
  'agriculture',
  'other',
];
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'mou',
  'agreement',
  'strategic_cooperation_agreement',
  'framework_agreement',
  'letter_of_intent',
  'declaration',
  'minutes',
  'sister_city_agreement',
  'sister_province_agreement',
  'contract',
];
export const MOU_STATUSES: readonly Mou['status'][] = ['planned', 'signed', 'in_effect', 'terminated'];
export const PROJECT_STATUSES: readonly Project['status'][] = ['signed', 'in_progress', 'completed', 'cancelled'];
export const CURRENCIES = ['CNY', 'HKD', 'JPY', 'USD', 'EUR', 'MOP', 'TWD', 'KRW', 'SGD', 'GBP'] as const;

/** After a write: the list, the event's counts and the writeup all change. */
function useRecordInvalidation(eventId: string, key: 'speeches' | 'mous' | 'projects') {
  const client = useQueryClient();
  // not awaited: the form empties for the next record at once, before the list is fetched again
  return () => {
    void client.invalidateQueries({ queryKey: [key, eventId] });
    void client.invalidateQueries({ queryKey: ['event', eventId] });
  };
}

export function useSaveSpeech(eventId: string) {
  const onSettled = useRecordInvalidation(eventId, 'speeches');
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateSpeech }) =>
      id
        ? call(api.PATCH('/api/v1/events/{eventId}/speeches/{id}', { params: { path: { eventId, id } }, body }))
        : call(api.POST('/api/v1/events/{eventId}/speeches', { params: { path: { eventId } }, body })),
    onSettled,
  });
}

export function useDeleteSpeech(eventId: string) {
  const onSettled = useRecordInvalidation(eventId, 'speeches');
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/speeches/{id}', { params: { path: { eventId, id } } })),
    onSettled,
  });
}

export function useSaveMou(eventId: string) {
  const onSettled = useRecordInvalidation(eventId, 'mous');
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateMou }) =>
      id
        ? call(api.PATCH('/api/v1/events/{eventId}/mous/{id}', { params: { path: { eventId, id } }, body }))
        : call(api.POST('/api/v1/events/{eventId}/mous', { params: { path: { eventId } }, body })),
    onSettled,
  });
}

export function useDeleteMou(eventId: string) {
  const onSettled = useRecordInvalidation(eventId, 'mous');
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/mous/{id}', { params: { path: { eventId, id } } })),
    onSettled,
  });
}

export function useSaveProject(eventId: string) {
  const onSettled = useRecordInvalidation(eventId, 'projects');
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateProject }) =>
      id
        ? call(api.PATCH('/api/v1/events/{eventId}/projects/{id}', { params: { path: { eventId, id } }, body }))
        : call(api.POST('/api/v1/events/{eventId}/projects', { params: { path: { eventId } }, body })),
    onSettled,
  });
}

export function useDeleteProject(eventId: string) {
  const onSettled = useRecordInvalidation(eventId, 'projects');
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/events/{eventId}/projects/{id}', { params: { path: { eventId, id } } })),
    onSettled,
  });
}
