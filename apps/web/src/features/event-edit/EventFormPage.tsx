import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import type { EventDto, LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { Link, useRouter } from '../../lib/router';
import { wallTime, zonedWallTime } from '../check-in/zoned-time';
import type { Picked } from '../people/pickers';
import { OrganizationPicker } from '../people/pickers';
import { useCreateEvent, useUpdateEvent, type CreateEvent } from './api';

type Kind = EventDto['kind'];
type Status = EventDto['status'];
const KINDS: readonly Kind[] = [
  'exchange_meeting',
  'forum',
  'signing_ceremony',
  'delegation_visit',
  'conference',
  'joint_committee',
  'expo',
  'seminar',
  'unveiling_ceremony',
  'other',
];
const INITIAL_STATUSES = ['draft', 'scheduled', 'held'] as const;
/** The lifecycle the API enforces: held and cancelled are final. */
export const NEXT_STATUS: Record<Status, readonly Status[]> = {
  draft: ['scheduled', 'held', 'cancelled'],
  scheduled: ['draft', 'held', 'cancelled'],
  held: [],
  cancelled: [],
};

const FALLBACK_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Singapore', 'Europe/London', 'UTC'];
function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? FALLBACK_ZONES;
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
const wallDate = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

interface SideRow {
  key: number;
  code: string;
  name: LocalizedText;
}
interface EventForm {
  title: LocalizedText;
  kind: Kind | '';
  status: (typeof INITIAL_STATUSES)[number];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  venue: LocalizedText;
  city: LocalizedText;
  theme: LocalizedText;
  hosts: Picked[];
  coHosts: Picked[];
  organizers: Picked[];
  sides: SideRow[];
}

let sideKey = 0;
const picked = (list: EventDto['hosts']): Picked[] => list.map((o) => ({ id: o.id, name: o.name }));
function toForm(e: EventDto | null): EventForm {
  const timeZone = e?.timeZone ?? browserZone();
  return {
    title: e?.title ?? {},
    kind: e?.kind ?? 'exchange_meeting',
    status: 'draft',
    startDate: e ? wallDate(e.startsAt, timeZone) : '',
    startTime: e ? wallTime(e.startsAt, timeZone) : '',
    endDate: e?.endsAt ? wallDate(e.endsAt, timeZone) : '',
    endTime: e?.endsAt ? wallTime(e.endsAt, timeZone) : '',
    timeZone,
    venue: e?.venue ?? {},
    city: e?.city ?? {},
    theme: e?.theme ?? {},
    hosts: picked(e?.hosts ?? []),
    coHosts: picked(e?.coHosts ?? []),
    organizers: picked(e?.organizers ?? []),
    sides: (e?.sides ?? []).map((s) => ({ key: ++sideKey, code: s.code, name: s.name })),
  };
}

/** An instant from the form's wall-clock date and time in the event's zone; '' when not given (the API names the field). */
const instant = (date: string, time: string, timeZone: string): string => {
  if (!date) return '';
  try {
    return zonedWallTime(date, time || '00:00', timeZone);
  } catch {
    return `${date}T${time || '00:00'}`;
  }
};

function toBody(f: EventForm): Omit<CreateEvent, 'status'> {
  return {
    title: cleanText(f.title) ?? {},
    kind: f.kind as Kind,
    startsAt: instant(f.startDate, f.startTime, f.timeZone),
    endsAt: f.endDate || f.endTime ? instant(f.endDate || f.startDate, f.endTime, f.timeZone) : null,
    timeZone: f.timeZone,
    venue: cleanText(f.venue),
    city: cleanText(f.city),
    theme: cleanText(f.theme),
    hostIds: f.hosts.map((o) => o.id),
    coHostIds: f.coHosts.map((o) => o.id),
    organizerIds: f.organizers.map((o) => o.id),
    sides: f.sides.map((s) => ({ code: s.code.trim(), name: cleanText(s.name) ?? {} })),
  };
}

export function NewEventPage() {
  return <EventForm event={null} />;
}

export function EditEventPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="details">
      {(event) => (
        <>
          <StatusPanel event={event} />
          <EventForm key={event.id} event={event} />
        </>
      )}
    </EventFrame>
  );
}

function EventForm({ event }: { event: EventDto | null }) {
  const { labels, text, zone } = useI18n();
  const { navigate } = useRouter();
  const form = useFormState<EventForm>(toForm(event));
  const create = useCreateEvent();
  const update = useUpdateEvent(event?.id ?? '');
  const mutation = event ? update : create;
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(mutation.error);
  const f = form.value;
  const zones = useState(timeZones)[0];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = toBody(f);
    if (event) {
      update.mutate(body, {
        onSuccess: (saved) => {
          form.markSaved();
          setSaved(fill(labels.form.savedName, { name: text(saved.title) }));
        },
      });
    } else {
      create.mutate(
        { ...body, status: f.status },
        {
          onSuccess: (created) => {
            form.markSaved();
            navigate(`/events/${created.id}/edit`, { replace: true });
          },
        },
      );
    }
  };
  const setSide = (i: number, change: Partial<SideRow>) => form.set({ sides: f.sides.map((s, j) => (j === i ? { ...s, ...change } : s)) });

  return (
    <>
      {!event && (
        <>
          <nav aria-label="breadcrumb" className="breadcrumb">
            <Link to="/">← {labels.nav.back}</Link>
          </nav>
          <h1>{labels.eventForm.newTitle}</h1>
        </>
      )}
      <form
        className="record-form"
        onSubmit={onSubmit}
        noValidate
        aria-label={event ? labels.eventForm.details : labels.eventForm.newTitle}
      >
        <LocalizedInput
          label={labels.eventForm.title}
          value={f.title}
          onChange={(title) => form.set({ title })}
          errors={errors('title')}
          required
          maxLength={500}
        />
        <div className="row">
          <EnumSelect
            label={labels.event.kind}
            value={f.kind}
            options={KINDS}
            names={labels.eventKind}
            onChange={(kind) => form.set({ kind })}
            errors={errors('kind')}
          />
          {!event && (
            <EnumSelect
              label={labels.eventForm.initialStatus}
              value={f.status}
              options={INITIAL_STATUSES}
              names={labels.eventStatus}
              onChange={(status) => form.set({ status: status || 'draft' })}
              errors={errors('status')}
            />
          )}
        </div>
        <fieldset className="plain-fieldset">
          <legend>{labels.event.when}</legend>
          <div className="row">
            <FormField label={labels.eventForm.startDate} errors={errors('startsAt')}>
              {(props) => (
                <input {...props} type="date" required value={f.startDate} onChange={(e) => form.set({ startDate: e.target.value })} />
              )}
            </FormField>
            <FormField label={labels.eventForm.startTime}>
              {(props) => <input {...props} type="time" value={f.startTime} onChange={(e) => form.set({ startTime: e.target.value })} />}
            </FormField>
            <FormField label={labels.eventForm.endDate} errors={errors('endsAt')} hint={labels.eventForm.endHint}>
              {(props) => <input {...props} type="date" value={f.endDate} onChange={(e) => form.set({ endDate: e.target.value })} />}
            </FormField>
            <FormField label={labels.eventForm.endTime}>
              {(props) => <input {...props} type="time" value={f.endTime} onChange={(e) => form.set({ endTime: e.target.value })} />}
            </FormField>
            <FormField
              label={labels.event.timeZone}
              errors={errors('timeZone')}
              hint={fill(labels.eventForm.timeZoneHint, { zone: zone(f.timeZone) })}
            >
              {(props) => (
                <select {...props} value={f.timeZone} onChange={(e) => form.set({ timeZone: e.target.value })}>
                  {zones.map((z) => (
                    <option key={z} value={z}>
                      {z}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
        </fieldset>
        <LocalizedInput
          label={labels.event.venue}
          value={f.venue}
          onChange={(venue) => form.set({ venue })}
          errors={errors('venue')}
          maxLength={500}
        />
        <LocalizedInput
          label={labels.event.city}
          value={f.city}
          onChange={(city) => form.set({ city })}
          errors={errors('city')}
          maxLength={200}
        />
        <LocalizedInput
          label={labels.event.theme}
          value={f.theme}
          onChange={(theme) => form.set({ theme })}
          errors={errors('theme')}
          multiline
          maxLength={2000}
        />
        <OrganizationPicker
          label={labels.event.hosts}
          value={f.hosts}
          onChange={(hosts) => form.set({ hosts })}
          errors={errors('hostIds')}
        />
        <OrganizationPicker
          label={labels.event.coHosts}
          value={f.coHosts}
          onChange={(coHosts) => form.set({ coHosts })}
          errors={errors('coHostIds')}
        />
        <OrganizationPicker
          label={labels.eventForm.organizers}
          value={f.organizers}
          onChange={(organizers) => form.set({ organizers })}
          errors={errors('organizerIds')}
        />
        <section className="form-section" aria-labelledby="sides-head">
          <h2 id="sides-head">{labels.event.sides}</h2>
          <p className="small muted">{labels.eventForm.sidesHint}</p>
          <ol className="position-list">
            {f.sides.map((s, i) => (
              <li key={s.key} className="position-row">
                <div className="row">
                  <FormField
                    label={fill(labels.eventForm.sideCode, { n: i + 1 })}
                    errors={errors(`sides.${i}.code`)}
                    hint={labels.eventForm.sideCodeHint}
                  >
                    {(props) => <input {...props} value={s.code} maxLength={40} onChange={(e) => setSide(i, { code: e.target.value })} />}
                  </FormField>
                  <button
                    type="button"
                    className="button quiet align-end"
                    aria-label={fill(labels.form.removeItem, { name: fill(labels.eventForm.side, { n: i + 1 }) })}
                    onClick={() => form.set({ sides: f.sides.filter((_, j) => j !== i) })}
                  >
                    {labels.form.remove}
                  </button>
                </div>
                <LocalizedInput
                  label={fill(labels.eventForm.sideName, { n: i + 1 })}
                  value={s.name}
                  onChange={(name) => setSide(i, { name })}
                  errors={errors(`sides.${i}.name`)}
                  required
                  maxLength={200}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() => form.set({ sides: [...f.sides, { key: ++sideKey, code: '', name: {} }] })}
          >
            {labels.eventForm.addSide}
          </button>
        </section>
        {mutation.isError && <ErrorMessage error={mutation.error} inline />}
        <FormActions pending={mutation.isPending} submit={event ? labels.form.save : labels.eventForm.create} saved={saved}>
          {!event && (
            <Link to="/" className="button quiet">
              {labels.form.cancel}
            </Link>
          )}
        </FormActions>
      </form>
    </>
  );
}

/** The current status and the moves the lifecycle allows from it; cancelling asks first. */
function StatusPanel({ event }: { event: EventDto }) {
  const { labels } = useI18n();
  const update = useUpdateEvent(event.id);
  const next = NEXT_STATUS[event.status];
  const move = (status: Status) => {
    if (status === 'cancelled' && !window.confirm(labels.eventForm.cancelConfirm)) return;
    update.mutate({ status });
  };
  return (
    <section className="card status-panel" aria-labelledby="status-head">
      <h2 id="status-head">{labels.eventForm.status}</h2>
      <p>
        {fill(labels.eventForm.statusNow, { status: labels.eventStatus[event.status] })}{' '}
        <span className="muted small">{next.length === 0 ? labels.eventForm.statusFinal : labels.eventForm.statusRules}</span>
      </p>
      {next.length > 0 && (
        <div className="form-actions">
          {next.map((s) => (
            <button
              key={s}
              type="button"
              className={s === 'cancelled' ? 'button danger' : 'button'}
              disabled={update.isPending}
              onClick={() => move(s)}
            >
              {fill(labels.eventForm.moveTo, { status: labels.eventStatus[s] })}
            </button>
          ))}
        </div>
      )}
      {update.isError && <ErrorMessage error={update.error} inline />}
    </section>
  );
}
