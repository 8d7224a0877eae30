import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import { Loading } from '../../components/Spinner';
import type { EventDto, LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { wallTime, zonedWallTime } from '../check-in/zoned-time';
import { OrganizationPicker, PersonPicker, type Picked } from '../people/pickers';
import { AGENDA_KINDS, useAgenda, useDeleteAgendaItem, useReorderAgenda, useSaveAgendaItem, type AgendaItem, type AgendaKind } from './api';
import { ConfirmButton } from '../../components/ConfirmButton';

export function AgendaPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="agenda">
      {(event) => <Agenda event={event} />}
    </EventFrame>
  );
}

function Agenda({ event }: { event: EventDto }) {
  const { labels, text, dateTime } = useI18n();
  const agenda = useAgenda(event.id);
  const reorder = useReorderAgenda(event.id);
  const remove = useDeleteAgendaItem(event.id);
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  // the order just chosen, shown while it is being saved
  const [pending, setPending] = useState<string[] | null>(null);
  const [announced, setAnnounced] = useState('');
  const saved = agenda.data?.items ?? [];
  const items = pending ? pending.map((id) => saved.find((x) => x.id === id)).filter((x): x is AgendaItem => !!x) : saved;

  /** Moves the item at `from` to place `to` (0-based) and saves the order of every item that moved. */
  const moveTo = (from: number, to: number) => {
    if (from === to || to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (!item) return;
    next.splice(to, 0, item);
    setPending(next.map((it) => it.id));
    setAnnounced(fill(labels.agenda.moved, { name: name(item), n: to + 1 }));
    reorder.mutate(
      next.map((it, order) => ({ id: it.id, order })).filter(({ id, order }) => saved.find((x) => x.id === id)?.order !== order),
      { onSettled: () => setPending(null) },
    );
  };
  const move = (index: number, by: number) => moveTo(index, index + by);
  const name = (item: AgendaItem) => text(item.title) || labels.agendaKind[item.kind];

  return (
    <>
      <section aria-labelledby="agenda-head">
        <h2 id="agenda-head">{labels.agenda.title}</h2>
        {agenda.isPending && <Loading />}
        {agenda.isError && <ErrorMessage error={agenda.error} onRetry={() => void agenda.refetch()} />}
        {agenda.data && items.length === 0 && <p className="empty">{labels.agenda.none}</p>}
        {items.length > 1 && <p className="small muted">{labels.agenda.reorderHint}</p>}
        <p className="visually-hidden" role="status">
          {announced}
        </p>
        {items.length > 0 && (
          <ol className="record-list" aria-label={labels.agenda.title}>
            {items.map((item, i) => (
              <li
                key={item.id}
                className={`record-row draggable-row${dropTarget === item.id && dragged !== item.id ? ' drop-target' : ''}`}
                draggable={!reorder.isPending}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', item.id);
                  setDragged(item.id);
                }}
                onDragOver={(e) => {
                  e.preventDefault();
                  setDropTarget(item.id);
                }}
                onDragLeave={() => setDropTarget((t) => (t === item.id ? null : t))}
                onDragEnd={() => {
                  setDragged(null);
                  setDropTarget(null);
                }}
                onDrop={(e) => {
                  e.preventDefault();
                  const from = items.findIndex((x) => x.id === (dragged ?? e.dataTransfer.getData('text/plain')));
                  if (from >= 0) moveTo(from, i);
                  setDragged(null);
                  setDropTarget(null);
                }}
              >
                <span className="drag-handle" aria-hidden="true">
                  ⠿
                </span>
                <span className="order-number">{i + 1}</span>
                <div className="grow">
                  <span className="strong">{name(item)}</span> <span className="badge neutral">{labels.agendaKind[item.kind]}</span>
                  {item.startsAt && <span className="small muted"> {dateTime(item.startsAt, event.timeZone, 'time')}</span>}
                  {item.subject && <div className="small">{text(item.subject)}</div>}
                  {item.organization && <div className="small muted">{text(item.organization.name)}</div>}
                </div>
                <div className="row-tools">
                  <button
                    type="button"
                    className="button quiet"
                    disabled={i === 0 || reorder.isPending}
                    onClick={() => move(i, -1)}
                    aria-label={fill(labels.form.moveUp, { name: name(item) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button quiet"
                    disabled={i === items.length - 1 || reorder.isPending}
                    onClick={() => move(i, 1)}
                    aria-label={fill(labels.form.moveDown, { name: name(item) })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button quiet"
                    onClick={() => setEditing(item)}
                    aria-label={fill(labels.form.editItem, { name: name(item) })}
                  >
                    {labels.form.edit}
                  </button>
                  <ConfirmButton
                    name={fill(labels.form.removeItem, { name: name(item) })}
                    confirm={fill(labels.form.deleteConfirm, { name: name(item) })}
                    onConfirm={() => remove.mutate(item.id)}
                  >
                    {labels.form.remove}
                  </ConfirmButton>
                </div>
              </li>
            ))}
          </ol>
        )}
        {reorder.isError && <ErrorMessage error={reorder.error} />}
        {remove.isError && <ErrorMessage error={remove.error} />}
      </section>
      <AgendaForm key={editing?.id ?? 'new'} event={event} item={editing} onDone={() => setEditing(null)} />
    </>
  );
}

interface ItemForm {
  kind: AgendaKind | '';
  title: LocalizedText;
  subject: LocalizedText;
  summary: LocalizedText;
  time: string;
  organization: Picked[];
  performers: Picked[];
}

function toForm(item: AgendaItem | null, timeZone: string): ItemForm {
  return {
    kind: item?.kind ?? 'opening',
    title: item?.title ?? {},
    subject: item?.subject ?? {},
    summary: item?.summary ?? {},
    time: item?.startsAt ? wallTime(item.startsAt, timeZone) : '',
    organization: item?.organization ? [{ id: item.organization.id, name: item.organization.name }] : [],
    // performers are ids on the item; they are shown again once chosen
    performers: [],
  };
}

function AgendaForm({ event, item, onDone }: { event: EventDto; item: AgendaItem | null; onDone: () => void }) {
  const { labels, zone } = useI18n();
  const form = useFormState<ItemForm>(toForm(item, event.timeZone));
  const save = useSaveAgendaItem(event.id);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(event.startsAt),
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: item?.id ?? null,
        body: {
          kind: f.kind as AgendaKind,
          title: cleanText(f.title),
          subject: cleanText(f.subject),
          summary: cleanText(f.summary),
          startsAt: f.time ? zonedWallTime(day, f.time, event.timeZone) : null,
          organizationId: f.organization[0]?.id ?? null,
          ...((!item || f.performers.length > 0) && { performerIds: f.performers.map((p) => p.id) }),
        },
      },
      {
        onSuccess: () => {
          form.replace(toForm(null, event.timeZone));
          form.markSaved();
          setSaved(labels.form.saved);
          onDone();
        },
      },
    );
  };
  const title = item ? labels.agenda.edit : labels.agenda.add;
  return (
    <section className="card" aria-labelledby="agenda-form-head">
      <h2 id="agenda-form-head">{title}</h2>
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <div className="row">
          <EnumSelect
            label={labels.agenda.kind}
            value={f.kind}
            options={AGENDA_KINDS}
            names={labels.agendaKind}
            onChange={(kind) => form.set({ kind })}
            errors={errors('kind')}
          />
          <FormField
            label={labels.agenda.time}
            errors={errors('startsAt')}
            hint={fill(labels.agenda.timeHint, { zone: zone(event.timeZone, event.startsAt) })}
          >
            {(props) => <input {...props} type="time" value={f.time} onChange={(e) => form.set({ time: e.target.value })} />}
          </FormField>
        </div>
        <LocalizedInput
          label={labels.agenda.itemTitle}
          value={f.title}
          onChange={(title) => form.set({ title })}
          errors={errors('title')}
          maxLength={500}
          hint={labels.agenda.titleHint}
        />
        <LocalizedInput
          label={labels.agenda.subject}
          value={f.subject}
          onChange={(subject) => form.set({ subject })}
          errors={errors('subject')}
          maxLength={500}
          hint={labels.agenda.subjectHint}
        />
        <LocalizedInput
          label={labels.agenda.summary}
          value={f.summary}
          onChange={(summary) => form.set({ summary })}
          errors={errors('summary')}
          multiline
          maxLength={10000}
        />
        <OrganizationPicker
          label={labels.agenda.organization}
          value={f.organization}
          onChange={(organization) => form.set({ organization })}
          errors={errors('organizationId')}
          single
        />
        <PersonPicker
          label={labels.agenda.performers}
          value={f.performers}
          onChange={(performers) => form.set({ performers })}
          errors={errors('performerIds')}
        />
        {item && item.performerIds.length > 0 && f.performers.length === 0 && (
          <p className="small muted">{fill(labels.agenda.performersKept, { n: item.performerIds.length })}</p>
        )}
        {save.isError && <ErrorMessage error={save.error} inline />}
        <FormActions pending={save.isPending} submit={item ? labels.form.save : labels.agenda.addButton} saved={saved}>
          {item && (
            <button type="button" className="button quiet" onClick={onDone}>
              {labels.form.cancel}
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
