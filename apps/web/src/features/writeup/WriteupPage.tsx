import { useState } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import { ApiError, type EventDto, type Language, type WriteupFileQuery } from '../../lib/api';
import { fill, LANGUAGES, useI18n } from '../../lib/i18n';
import { downloadName } from '../reports/file-names';
import { useWriteup } from './api';

const READING_ORDER: Language[] = ['ja', 'zh', 'en'];

export function WriteupPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="writeup">
      {(event) => <Writeups event={event} />}
    </EventFrame>
  );
}

function Writeups({ event }: { event: EventDto }) {
  const { labels, lang: uiLang } = useI18n();
  const [mode, setMode] = useState<'tabs' | 'side'>('tabs');
  const [lang, setLang] = useState<Language>(uiLang);
  return (
    <>
      <div className="section-head">
        <div>
          <h2>{labels.writeup.title}</h2>
          <p className="muted">{labels.writeup.lead}</p>
        </div>
        <div className="segmented" role="group" aria-label={labels.writeup.title}>
          <button type="button" aria-pressed={mode === 'tabs'} onClick={() => setMode('tabs')}>
            {labels.writeup.oneByOne}
          </button>
          <button type="button" aria-pressed={mode === 'side'} onClick={() => setMode('side')}>
            {labels.writeup.sideBySide}
          </button>
        </div>
      </div>
      {mode === 'tabs' ? (
        <>
          <div className="tabs" role="tablist" aria-label={labels.writeup.tabs}>
            {READING_ORDER.map((l) => (
              <button
                key={l}
                type="button"
                role="tab"
                id={`writeup-tab-${l}`}
                aria-selected={l === lang}
                aria-controls={`writeup-panel-${l}`}
                lang={l}
                onClick={() => setLang(l)}
              >
                {labels.lang[l]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`writeup-panel-${lang}`} aria-labelledby={`writeup-tab-${lang}`} className="tabpanel">
            <WriteupColumn event={event} lang={lang} />
          </div>
        </>
      ) : (
        <div className="columns-3">
          {READING_ORDER.filter((l) => LANGUAGES.includes(l)).map((l) => (
            <section key={l} aria-label={labels.lang[l]} className="column">
              <h3 className="column-title" lang={l}>
                {labels.lang[l]}
              </h3>
              <WriteupColumn event={event} lang={l} compact />
            </section>
          ))}
        </div>
      )}
    </>
  );
}

const FORMATS: { format: NonNullable<WriteupFileQuery['format']>; label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'html', label: 'HTML (.html)' },
];

function WriteupColumn({ event, lang, compact = false }: { event: EventDto; lang: Language; compact?: boolean }) {
  const { labels, text } = useI18n();
  const writeup = useWriteup(event.id, lang);
  if (writeup.isPending) return <Loading />;
  if (writeup.isError) {
    if (writeup.error instanceof ApiError && writeup.error.code === 'EVENT_CANCELLED')
      return <p className="empty">{labels.writeup.cancelled}</p>;
    return <ErrorMessage error={writeup.error} onRetry={() => void writeup.refetch()} />;
  }
  const doc = writeup.data;
  const title = text(event.title);
  return (
    <div className={compact ? 'writeup compact' : 'writeup'}>
      <div className="downloads" role="group" aria-label={`${labels.writeup.download} · ${labels.lang[lang]}`}>
        {FORMATS.map(({ format, label }) => (
          <a
            key={format}
            className="button"
            href={`/api/v1/events/${event.id}/writeup/file?lang=${lang}&format=${format}`}
            download={downloadName(event, title, `writeup-${lang}`, format)}
          >
            {labels.writeup.download} {label}
          </a>
        ))}
      </div>
      <section className={doc.warnings.length ? 'alert warning' : 'alert ok'} aria-label={labels.writeup.warnings}>
        <strong>{labels.writeup.warnings}</strong>
        {doc.warnings.length === 0 ? (
          <p>{labels.writeup.noWarnings}</p>
        ) : (
          <ul>
            {doc.warnings.map((w, i) => (
              <li key={i}>
                {fill(labels.writeup.fallback, {
                  record: w.recordType,
                  field: w.field,
                  requested: labels.lang[w.requested],
                  used: labels.lang[w.used],
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <article lang={lang} className="prose">
        <h3 className="headline">{doc.headline.text}</h3>
        <p className="dateline">{doc.dateline}</p>
        {doc.paragraphs.map((p, i) => (
          <div key={i}>
            {p.heading && <h4>{p.heading}</h4>}
            <p>{p.sentences.map((s) => s.text).join(lang === 'en' ? ' ' : '')}</p>
          </div>
        ))}
      </article>
    </div>
  );
}
