import { diffChars, diffWordsWithSpace, type Change } from 'diff';
import { useMemo } from 'react';
import type { Language } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

/**
 * Chinese and Japanese are written without spaces between words: their texts are compared character by
 * character; English word by word (keeping the spaces).
 */
export function textChanges(before: string, after: string, lang: Language): Change[] {
  return lang === 'en' ? diffWordsWithSpace(before, after) : diffChars(before, after);
}

/** The difference between two texts: removed parts struck through, added parts marked, the rest as it is. */
export function TextDiff({ before, after, lang, label }: { before: string; after: string; lang: Language; label: string }) {
  const { labels } = useI18n();
  const changes = useMemo(() => textChanges(before, after, lang), [before, after, lang]);
  if (!changes.some((c) => c.added || c.removed)) return <p className="muted">{labels.drafts.noDifference}</p>;
  return (
    <div className="text-diff" lang={lang} role="group" aria-label={label}>
      {changes.map((c, i) =>
        c.added ? (
          <ins key={i} title={labels.drafts.added}>
            {c.value}
          </ins>
        ) : c.removed ? (
          <del key={i} title={labels.drafts.removed}>
            {c.value}
          </del>
        ) : (
          <span key={i}>{c.value}</span>
        ),
      )}
    </div>
  );
}
