import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, useFormState } from '../../components/form';
import type { EventDto, Language, LocalizedText } from '../../lib/api';
import { fill, LANGUAGES, useI18n } from '../../lib/i18n';
import { useSpeeches } from '../event-detail/api';
import { positionLine } from '../event-detail/person-text';
import { useAgenda } from '../event-edit/api';
import { PersonPicker, pickedPerson, type Picked } from '../people/pickers';
import { SPEECH_KINDS, useDeleteSpeech, useSaveSpeech, type Speech } from './api';
import { LocalizedList, RecordListSection, RecordRow } from './parts';

export function SpeechesPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="speeches">
      {(event) => <Speeches event={event} />}
    </EventFrame>
  );
}

function Speeches({ event }: { event: EventDto }) {
  const { labels, text } = useI18n();
  const speeches = useSpeeches(event.id);
  const remove = useDeleteSpeech(event.id);
  const [editing, setEditing] = useState<Speech | null>(null);
  const items = speeches.data?.items ?? [];
  return (
    <>
      <RecordListSection
        id="speeches-head"
        title={labels.event.speeches}
        empty={labels.speeches.none}
        list={speeches}
        removeError={remove.isError ? remove.error : null}
      >
        {items.map((s) => (
          <RecordRow key={s.id} name={text(s.speaker.name)} onEdit={() => setEditing(s)} onRemove={() => remove.mutate(s.id)}>
            <span className="strong">{text(s.speaker.name)}</span> <span className="badge neutral">{labels.speechKind[s.kind]}</span>
            <div className="small muted">{positionLine(s.speaker, text)}</div>
            {s.keyPoints[0] && <div className="small">{text(s.keyPoints[0])}</div>}
            <div className="small muted">{fill(labels.speechForm.counts, { points: s.keyPoints.length, quotes: s.quotes.length })}</div>
          </RecordRow>
        ))}
      </RecordListSection>
      <SpeechForm key={editing?.id ?? 'new'} event={event} speech={editing} nextOrder={items.length} onDone={() => setEditing(null)} />
    </>
  );
}

interface Form {
  speaker: Picked[];
  kind: Speech['kind'] | '';
  language: Language | '';
  agendaItemId: string;
  keyPoints: LocalizedText[];
  actionKeyPoints: number[];
  quotes: LocalizedText[];
}

function SpeechForm({
  event,
  speech,
  nextOrder,
  onDone,
}: {
  event: EventDto;
  speech: Speech | null;
  nextOrder: number;
  onDone: () => void;
}) {
  const { labels, text } = useI18n();
  const empty: Form = { speaker: [], kind: 'address', language: '', agendaItemId: '', keyPoints: [{}], actionKeyPoints: [], quotes: [] };
  const form = useFormState<Form>(
    speech
      ? {
          speaker: [pickedPerson(speech.speaker, text)],
          kind: speech.kind,
          language: speech.language ?? '',
          agendaItemId: speech.agendaItemId ?? '',
          keyPoints: speech.keyPoints,
          actionKeyPoints: speech.actionKeyPoints,
          quotes: speech.quotes,
        }
      : empty,
  );
  const agenda = useAgenda(event.id);
  const save = useSaveSpeech(event.id);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const agendaNames = Object.fromEntries((agenda.data?.items ?? []).map((a) => [a.id, text(a.title) || labels.agendaKind[a.kind]]));
  const langNames = labels.lang as Record<Language, string>;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const keyPoints = f.keyPoints.map(cleanText);
    save.mutate(
      {
        id: speech?.id ?? null,
        body: {
          speakerId: f.speaker[0]?.id ?? '',
          kind: f.kind as Speech['kind'],
          order: speech?.order ?? nextOrder,
          language: f.language || null,
          agendaItemId: f.agendaItemId || null,
          keyPoints: keyPoints.filter((k): k is LocalizedText => k !== null),
          actionKeyPoints: f.actionKeyPoints.filter((i) => keyPoints[i]).map((i) => keyPoints.slice(0, i).filter(Boolean).length),
          quotes: f.quotes.map(cleanText).filter((q): q is LocalizedText => q !== null),
        },
      },
      {
        onSuccess: (s) => {
          form.replace(empty);
          form.markSaved();
          setSaved(fill(labels.form.savedName, { name: text(s.speaker.name) }));
          onDone();
        },
      },
    );
  };
  const title = speech ? labels.speechForm.edit : labels.speechForm.add;
  return (
    <section className="card" aria-labelledby="speech-form-head">
      <h2 id="speech-form-head">{title}</h2>
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <PersonPicker
          label={labels.speeches.speaker}
          value={f.speaker}
          onChange={(speaker) => form.set({ speaker })}
          errors={errors('speakerId')}
          single
        />
        <p className="small muted">{labels.speechForm.speakerHint}</p>
        <div className="row">
          <EnumSelect
            label={labels.speeches.kind}
            value={f.kind}
            options={SPEECH_KINDS}
            names={labels.speechKind}
            onChange={(kind) => form.set({ kind })}
            errors={errors('kind')}
          />
          <EnumSelect
            label={labels.speechForm.language}
            value={f.language}
            options={LANGUAGES}
            names={langNames}
            onChange={(language) => form.set({ language })}
            empty={labels.speechForm.languageUnknown}
            errors={errors('language')}
          />
          <EnumSelect
            label={labels.speechForm.agendaItem}
            value={f.agendaItemId}
            options={Object.keys(agendaNames)}
            names={agendaNames}
            onChange={(agendaItemId) => form.set({ agendaItemId })}
            empty={labels.speechForm.noAgendaItem}
            errors={errors('agendaItemId')}
          />
        </div>
        <LocalizedList
          title={labels.speechForm.keyPoints}
          itemLabel={labels.speechForm.keyPoint}
          addLabel={labels.speechForm.addKeyPoint}
          value={f.keyPoints}
          onChange={(keyPoints) => form.set({ keyPoints, actionKeyPoints: f.actionKeyPoints.filter((i) => i < keyPoints.length) })}
          errors={errors}
          path="keyPoints"
          extra={(i) => (
            <label className="check">
              <input
                type="checkbox"
                checked={f.actionKeyPoints.includes(i)}
                onChange={(e) =>
                  form.set({ actionKeyPoints: e.target.checked ? [...f.actionKeyPoints, i] : f.actionKeyPoints.filter((x) => x !== i) })
                }
              />
              {fill(labels.speechForm.action, { n: i + 1 })}
            </label>
          )}
        />
        <LocalizedList
          title={labels.speechForm.quotes}
          itemLabel={labels.speechForm.quote}
          addLabel={labels.speechForm.addQuote}
          value={f.quotes}
          onChange={(quotes) => form.set({ quotes })}
          errors={errors}
          path="quotes"
        />
        {save.isError && <ErrorMessage error={save.error} inline />}
        <FormActions pending={save.isPending} submit={speech ? labels.form.save : labels.speechForm.addButton} saved={saved}>
          {speech && (
            <button type="button" className="button quiet" onClick={onDone}>
              {labels.form.cancel}
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
