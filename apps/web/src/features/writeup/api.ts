import { useQuery } from '@tanstack/react-query';
import { api, call, type Language } from '../../lib/api';

/** The writeup as structured JSON (headline, dateline, paragraphs, warnings) in one language. */
export function useWriteup(eventId: string, lang: Language) {
  return useQuery({
    queryKey: ['writeup', eventId, lang],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/events/{eventId}/writeup/document', {
          params: { path: { eventId }, query: { lang } },
          signal,
        }),
      ),
    staleTime: 60_000,
  });
}
