import { Field } from '../../components/Field';
import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import { Badge } from '../../components/StatusBadge';
import type { EventDto, EventQuery } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { Link, useSearchParams } from '../../lib/router';
import { useDebounced } from '../../lib/use-debounced';
import { useEvents } from './api';
import { canWrite, useSession } from '../auth/api';

const PAGE_SIZE = 20;
const STATUSES = ['draft', 'scheduled', 'held', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (v: string | null): v is Status => STATUSES.some((s) => s === v);

/** A local calendar day as the instant it starts (`from`) or the instant the next day starts (`to`). */
const dayStart = (day: string, plusDays = 0): string | undefined => {
  const d = new Date(`${day}T00:00:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
};

export function EventsPage() {
  const { labels } = useI18n();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const debouncedQ = useDebounced(q, 250);
  const status = params.get('status');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedQ) setParams({ q: debouncedQ, page: null });
  }, [debouncedQ, params, setParams]);

  const query: EventQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(debouncedQ.trim() && { q: debouncedQ.trim() }),
    ...(isStatus(status) && { status }),
    ...(from && { from: dayStart(from) }),
    ...(to && { to: dayStart(to, 1) }),
  };
  const events = useEvents(query);
  const session = useSession();

  return (
    <>
      <div className="page-head">
        <h1>{labels.events.title}</h1>
        {events.data && <p className="muted">{fill(labels.events.count, { total: events.data.total ?? 0 })}</p>}
        {canWrite(session.data) && (
          <Link to="/events/new" className="button primary">
            {labels.eventForm.newTitle}
          </Link>
        )}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={labels.events.search} className="grow">
          {(id) => <input id={id} type="search" value={q} placeholder={labels.events.searchHint} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <Field label={labels.events.status}>
          {(id) => (
            <select id={id} value={isStatus(status) ? status : ''} onChange={(e) => setParams({ status: e.target.value, page: null })}>
              <option value="">{labels.events.anyStatus}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels.eventStatus[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.events.from}>
          {(id) => <input id={id} type="date" value={from} onChange={(e) => setParams({ from: e.target.value, page: null })} />}
        </Field>
        <Field label={labels.events.to}>
          {(id) => <input id={id} type="date" value={to} onChange={(e) => setParams({ to: e.target.value, page: null })} />}
        </Field>
        {(q || status || from || to) && (
          <button
            type="button"
            className="button quiet"
            onClick={() => {
              setQ('');
              setParams({ q: null, status: null, from: null, to: null, page: null });
            }}
          >
            {labels.events.clear}
          </button>
        )}
      </form>
      {events.isPending && <Loading />}
      {events.isError && <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <>
          {events.data.items.length === 0 ? (
            <p className="empty">{labels.events.none}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{labels.events.date}</th>
                    <th scope="col">{labels.events.event}</th>
                    <th scope="col">{labels.events.venue}</th>
                    <th scope="col">{labels.events.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.data.items.map((event) => (
                    <EventRow key={event.id} event={event} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={events.data.total ?? 0} onPage={(p) => setParams({ page: p })} />
        </>
      )}
    </>
  );
}

export const statusTone: Record<Status, string> = { draft: 'neutral', scheduled: 'info', held: 'success', cancelled: 'danger' };

function EventRow({ event }: { event: EventDto }) {
  const { labels, text, dateTime } = useI18n();
  const place = [text(event.venue), text(event.city)].filter(Boolean).join(' · ');
  return (
    <tr>
      <td className="nowrap">{dateTime(event.startsAt, event.timeZone, 'date')}</td>
      <td>
        <Link to={`/events/${event.id}`} className="strong-link">
          {text(event.title)}
        </Link>
        <div className="small muted">{labels.eventKind[event.kind]}</div>
      </td>
      <td>{place}</td>
      <td>
        <Badge tone={statusTone[event.status]}>{labels.eventStatus[event.status]}</Badge>
      </td>
    </tr>
  );
}
