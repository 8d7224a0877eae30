import { Field } from '../../components/Field';
import { useState } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Badge } from '../../components/StatusBadge';
import type { AttendanceDto, EventDto, Session } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useDebounced } from '../../lib/use-debounced';
import { canWrite } from '../auth/api';
import { positionLine } from '../event-detail/person-text';
import { attendeeTone } from '../event-detail/AttendeesTab';
import { eventDate } from '../reports/file-names';
import { useCheckIn, useDeskSearch, useDeskSummary, useScanCheckIn, useUndoCheckIn } from './api';
import { BadgeScanner } from './BadgeScanner';
import { wallTime, zonedWallTime } from './zoned-time';

export function CheckInPage({ eventId, session }: { eventId: string; session: Session }) {
  const { labels } = useI18n();
  return (
    <EventFrame eventId={eventId} section="check-in">
      {(event) =>
        !canWrite(session) ? (
          <p className="alert warning">{labels.desk.readOnly}</p>
        ) : event.status === 'cancelled' ? (
          <p className="alert warning">{labels.desk.cancelled}</p>
        ) : (
          <Desk event={event} />
        )
      }
    </EventFrame>
  );
}

/** Whether the event is over: held, or past its end (without one, past its start day in its zone). The server applies the same rule. */
function isOver(event: EventDto, now = Date.now()): boolean {
  if (event.status === 'held') return true;
  if (event.endsAt) return Date.parse(event.endsAt) <= now;
  const next = new Date(`${eventDate(event)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return Date.parse(zonedWallTime(next.toISOString().slice(0, 10), '00:00', event.timeZone)) <= now;
}

type Notice = { tone: 'success' | 'warning' | 'info'; message: string; undo?: { id: string; name: string } };

function Desk({ event }: { event: EventDto }) {
  const { labels, text } = useI18n();
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 120);
  const summary = useDeskSummary(event.id);
  const results = useDeskSearch(event.id, search);
  const checkIn = useCheckIn(event.id);
  const undo = useUndoCheckIn(event.id);
  const scan = useScanCheckIn(event.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const over = isOver(event);
  const [arrival, setArrival] = useState(() => wallTime(event.startsAt, event.timeZone));
  const time = (iso: string | null) => (iso ? wallTime(iso, event.timeZone) : '');

  const onCheckIn = (a: AttendanceDto) => {
    const name = text(a.person.name);
    checkIn.mutate(
      { id: a.id, ...(over && { checkedInAt: zonedWallTime(eventDate(event), arrival, event.timeZone) }) },
      {
        onSuccess: (result) =>
          setNotice(
            result.checkedInNow
              ? { tone: 'success', message: fill(labels.desk.done, { name }), undo: { id: result.id, name } }
              : { tone: 'warning', message: fill(labels.desk.already, { name, time: time(result.checkedInAt) }) },
          ),
        onError: () => setNotice(null),
      },
    );
  };
  const onScan = (code: string) =>
    scan.mutate(
      { code, ...(over && { checkedInAt: zonedWallTime(eventDate(event), arrival, event.timeZone) }) },
      {
        onSuccess: (result) => {
          const name = text(result.person.name);
          setNotice(
            result.checkedInNow
              ? { tone: 'success', message: fill(labels.desk.done, { name }), undo: { id: result.id, name } }
              : { tone: 'warning', message: fill(labels.desk.already, { name, time: time(result.checkedInAt) }) },
          );
        },
        onError: () => setNotice(null),
      },
    );
  const onUndo = (id: string, name: string) =>
    undo.mutate(id, { onSuccess: () => setNotice({ tone: 'info', message: fill(labels.desk.undone, { name }) }) });

  const s = summary.data;
  return (
    <div className="desk">
      <ul className="desk-counts" aria-label={labels.desk.title}>
        <li>
          <span className="count-label">{labels.desk.registered}</span>
          <strong data-testid="count-total">{s?.total ?? '–'}</strong>
        </li>
        <li className="positive">
          <span className="count-label">{labels.desk.checkedIn}</span>
          <strong data-testid="count-checked-in" aria-live="polite">
            {s?.checkedIn ?? '–'}
          </strong>
        </li>
        <li>
          <span className="count-label">{labels.desk.notArrived}</span>
          <strong data-testid="count-not-arrived">{s ? s.total - s.checkedIn : '–'}</strong>
        </li>
      </ul>
      <p className="small muted">{labels.desk.live}</p>
      {over && (
        <div className="alert info desk-arrival">
          <Field label={labels.desk.arrivalTime}>
            {(id) => <input id={id} type="time" value={arrival} required onChange={(e) => setArrival(e.target.value)} />}
          </Field>
          <p>{labels.desk.arrivalHint}</p>
        </div>
      )}
      <BadgeScanner onCode={onScan} busy={scan.isPending} error={scan.error} />
      <Field label={labels.desk.search} className="desk-search">
        {(id) => (
          <input
            id={id}
            type="search"
            value={q}
            placeholder={labels.desk.searchHint}
            autoComplete="off"
            // the desk is a single-purpose page: the search box is where the organizer types first
            autoFocus
            onChange={(e) => setQ(e.target.value)}
          />
        )}
      </Field>
      <div aria-live="polite" className="desk-notice">
        {notice && (
          <div className={`alert ${notice.tone}`} role="status">
            <span>{notice.message}</span>
            {notice.undo && (
              <button
                type="button"
                className="button"
                onClick={() => notice.undo && onUndo(notice.undo.id, notice.undo.name)}
                disabled={undo.isPending}
              >
                {labels.desk.undo}
              </button>
            )}
          </div>
        )}
        {(checkIn.error ?? undo.error ?? scan.error) && <ErrorMessage error={checkIn.error ?? undo.error ?? scan.error} />}
      </div>
      {results.isError && <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />}
      {results.data && results.data.items.length === 0 && <p className="empty">{fill(labels.desk.none, { q: search })}</p>}
      <ul className="desk-results" aria-busy={results.isFetching && results.isPlaceholderData}>
        {results.data?.items.map((a) => {
          const name = text(a.person.name);
          const checked = a.status === 'checked_in';
          return (
            <li key={a.id} className={checked ? 'desk-row checked' : 'desk-row'}>
              <div className="desk-person">
                <span className="desk-name">{name}</span>
                <span className="muted">{positionLine(a.person, text)}</span>
              </div>
              <div className="desk-actions">
                {checked ? (
                  <>
                    <Badge tone="success">{fill(labels.desk.checkedInAt, { time: time(a.checkedInAt) })}</Badge>
                    <button
                      type="button"
                      className="button large"
                      aria-label={`${labels.desk.undo}: ${name}`}
                      disabled={undo.isPending}
                      onClick={() => onUndo(a.id, name)}
                    >
                      {labels.desk.undo}
                    </button>
                  </>
                ) : (
                  <>
                    {a.status !== 'registered' && <Badge tone={attendeeTone[a.status]}>{labels.attendeeStatus[a.status]}</Badge>}
                    <button
                      type="button"
                      className="button primary large"
                      aria-label={`${labels.desk.checkIn}: ${name}`}
                      disabled={checkIn.isPending}
                      onClick={() => onCheckIn(a)}
                    >
                      {labels.desk.checkIn}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
