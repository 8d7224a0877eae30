import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrors, FormActions, FormField, useFormState } from '../../components/form';
import { Loading } from '../../components/Spinner';
import { Badge } from '../../components/StatusBadge';
import { ApiError, type EventDto, type Language } from '../../lib/api';
import { fill, LANGUAGES, useI18n } from '../../lib/i18n';
import { DraftHistory, RecordChanges } from './DraftHistory';
import { fetchDraft, useCreateDraft, useDrafts, useEditDraft, usePublishDraft, useRegenerateDraft, useWriteup, type Draft } from './api';

export function DraftsPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="drafts">
      {(event) => <Drafts event={event} />}
    </EventFrame>
  );
}

function Drafts({ event }: { event: EventDto }) {
  const { labels, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Language>(uiLang);
  const drafts = useDrafts(event.id);
  const create = useCreateDraft(event.id);
  const draft = drafts.data?.items.find((d) => d.lang === lang);
  return (
    <>
      <div className="section-head">
        <div>
          <h2>{labels.drafts.title}</h2>
          <p className="muted small">{labels.drafts.lead}</p>
        </div>
        <div className="segmented" role="group" aria-label={labels.writeup.tabs}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
              {labels.lang[l]}
            </button>
          ))}
        </div>
      </div>
      {drafts.isPending && <Loading />}
      {drafts.isError && <ErrorMessage error={drafts.error} onRetry={() => void drafts.refetch()} />}
      {drafts.data && !draft && (
        <div className="card">
          <p>{fill(labels.drafts.none, { lang: labels.lang[lang] })}</p>
          <button type="button" className="button primary" disabled={create.isPending} onClick={() => create.mutate(lang)}>
            {labels.drafts.start}
          </button>
          {create.isError && <ErrorMessage error={create.error} />}
        </div>
      )}
      {draft && <DraftEditor key={draft.id} event={event} draft={draft} />}
    </>
  );
}

function DraftEditor({ event, draft }: { event: EventDto; draft: Draft }) {
  const { labels, dateTime } = useI18n();
  const form = useFormState({ headline: draft.version.headline, body: draft.version.body, base: draft.currentVersion });
  const edit = useEditDraft(event.id);
  const regenerate = useRegenerateDraft(event.id);
  const publish = usePublishDraft(event.id);
  const [conflict, setConflict] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(edit.error);
  const f = form.value;

  const save = (baseVersion: number) =>
    edit.mutate(
      { id: draft.id, headline: f.headline, body: f.body, baseVersion },
      {
        onSuccess: (d) => {
          form.replace({ headline: d.version.headline, body: d.version.body, base: d.currentVersion });
          form.markSaved();
          setConflict(null);
          setSaved(fill(labels.drafts.savedVersion, { version: d.currentVersion }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'DRAFT_CHANGED') void fetchDraft(event.id, draft.id).then(setConflict);
        },
      },
    );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save(f.base);
  };
  const onRegenerate = () =>
    regenerate.mutate(
      { id: draft.id, overwriteEdits: false },
      {
        onSuccess: (d) => {
          form.replace({ headline: d.version.headline, body: d.version.body, base: d.currentVersion });
          form.markSaved();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'DRAFT_EDITED' && window.confirm(labels.drafts.overwriteConfirm)) {
            regenerate.mutate(
              { id: draft.id, overwriteEdits: true },
              {
                onSuccess: (d) => {
                  form.replace({ headline: d.version.headline, body: d.version.body, base: d.currentVersion });
                  form.markSaved();
                },
              },
            );
          }
        },
      },
    );

  return (
    <>
      <p className="event-meta">
        <Badge tone={draft.status === 'published' ? 'success' : 'neutral'}>{labels.drafts.status[draft.status]}</Badge>
        <span>{fill(labels.drafts.version, { version: draft.currentVersion, source: labels.drafts.source[draft.version.source] })}</span>
        {draft.publishedVersion !== null && (
          <span className="muted">
            {fill(labels.drafts.published, { version: draft.publishedVersion, date: dateTime(draft.publishedAt) })}
          </span>
        )}
      </p>
      {draft.recordsChanged && (
        <div className="alert info" role="status">
          <p>{labels.drafts.recordsChanged}</p>
          <RecordChanges eventId={event.id} draft={draft} lang={draft.lang} />
          <button type="button" className="button" disabled={regenerate.isPending} onClick={onRegenerate}>
            {labels.drafts.regenerate}
          </button>
        </div>
      )}
      {regenerate.isError && !(regenerate.error instanceof ApiError && regenerate.error.code === 'DRAFT_EDITED') && (
        <ErrorMessage error={regenerate.error} />
      )}
      {conflict && (
        <section className="alert warning" aria-labelledby="conflict-head">
          <h3 id="conflict-head">{fill(labels.drafts.conflict, { version: conflict.currentVersion })}</h3>
          <div className="columns-2">
            <div>
              <h4>{labels.drafts.yours}</h4>
              <p className="strong">{f.headline}</p>
              <pre className="draft-text">{f.body}</pre>
            </div>
            <div>
              <h4>{fill(labels.drafts.theirs, { version: conflict.currentVersion })}</h4>
              <p className="strong">{conflict.version.headline}</p>
              <pre className="draft-text">{conflict.version.body}</pre>
            </div>
          </div>
          <div className="form-actions">
            <button type="button" className="button primary" disabled={edit.isPending} onClick={() => save(conflict.currentVersion)}>
              {labels.drafts.keepMine}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                form.replace({ headline: conflict.version.headline, body: conflict.version.body, base: conflict.currentVersion });
                form.markSaved();
                setConflict(null);
              }}
            >
              {labels.drafts.takeTheirs}
            </button>
          </div>
        </section>
      )}
      <div className="columns-2">
        <GeneratedText eventId={event.id} lang={draft.lang} />
        <form className="record-form" onSubmit={onSubmit} noValidate aria-label={labels.drafts.editor}>
          <FormField label={labels.drafts.headline} errors={errors('headline')}>
            {(props) => (
              <input
                {...props}
                lang={draft.lang}
                value={f.headline}
                maxLength={500}
                onChange={(e) => form.set({ headline: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={labels.drafts.body} errors={errors('body')}>
            {(props) => (
              <textarea
                {...props}
                lang={draft.lang}
                rows={18}
                value={f.body}
                maxLength={200000}
                onChange={(e) => form.set({ body: e.target.value })}
              />
            )}
          </FormField>
          {edit.isError && !conflict && <ErrorMessage error={edit.error} inline />}
          <FormActions pending={edit.isPending} submit={labels.drafts.save} saved={saved}>
            <button
              type="button"
              className="button"
              disabled={form.dirty || publish.isPending || draft.publishedVersion === draft.currentVersion}
              onClick={() => publish.mutate({ id: draft.id, version: draft.currentVersion })}
            >
              {fill(labels.drafts.publish, { version: draft.currentVersion })}
            </button>
          </FormActions>
          {publish.isError && <ErrorMessage error={publish.error} />}
        </form>
      </div>
      <DraftHistory key={draft.currentVersion} eventId={event.id} draft={draft} />
    </>
  );
}

/** The text generated from the records now, to compare with the draft. */
function GeneratedText({ eventId, lang }: { eventId: string; lang: Language }) {
  const { labels } = useI18n();
  const writeup = useWriteup(eventId, lang);
  return (
    <section aria-labelledby="generated-head" className="card">
      <h3 id="generated-head">{labels.drafts.generated}</h3>
      {writeup.isPending && <Loading />}
      {writeup.isError && <ErrorMessage error={writeup.error} />}
      {writeup.data && (
        <div lang={lang} className="prose">
          <p className="strong">{writeup.data.headline.text}</p>
          {writeup.data.paragraphs.map((p, i) => (
            <p key={i}>{p.sentences.map((s) => s.text).join(lang === 'en' ? ' ' : '')}</p>
          ))}
        </div>
      )}
    </section>
  );
}
