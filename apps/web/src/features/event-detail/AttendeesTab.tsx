import { Field } from '../../components/Field';
import { Fragment, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import { Badge } from '../../components/StatusBadge';
import type { AttendanceQuery, EventDto } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useDebounced } from '../../lib/use-debounced';
import { canWrite, useSession } from '../auth/api';
import { FIRST_ATTENDEE_PAGE, useAttendees } from './api';
import { ReplaceButton, ReplaceForm } from './ReplaceWithDeputy';
import { positionLine } from './person-text';

const PAGE_SIZE = FIRST_ATTENDEE_PAGE.pageSize ?? 50;
const ROLES = ['presider', 'speaker', 'guest', 'participant'] as const;
const STATUSES = ['invited', 'registered', 'checked_in', 'absent'] as const;
export const attendeeTone = { invited: 'neutral', registered: 'info', checked_in: 'success', absent: 'warning' } as const;

/** Attendees in protocol order (the number is their place over the whole event), filtered by role, status, side and name. */
export function AttendeesTab({ event }: { event: EventDto }) {
  const { labels, text, dateTime } = useI18n();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<AttendanceQuery['role']>();
  const [status, setStatus] = useState<AttendanceQuery['status']>();
  const [side, setSide] = useState('');
  const [page, setPage] = useState(1);
  const debouncedQ = useDebounced(q.trim(), 200);
  const query: AttendanceQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(debouncedQ && { q: debouncedQ }),
    ...(role && { role }),
    ...(status && { status }),
    ...(side && { side }),
  };
  const attendees = useAttendees(event.id, query);
  const session = useSession();
  const writable = canWrite(session.data) && event.status !== 'cancelled';
  const [notice, setNotice] = useState('');
  const [replacing, setReplacing] = useState<string | null>(null);
  const sideName = new Map(event.sides.map((s) => [s.code, text(s.name)]));
  return (
    <>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={labels.attendees.search} className="grow">
          {(id) => (
            <input
              id={id}
              type="search"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                setPage(1);
              }}
            />
          )}
        </Field>
        <Field label={labels.attendees.role}>
          {(id) => (
            <select
              id={id}
              value={role ?? ''}
              onChange={(e) => {
                setRole(ROLES.find((r) => r === e.target.value));
                setPage(1);
              }}
            >
              <option value="">{labels.attendees.anyRole}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {labels.attendeeRole[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.attendees.status}>
          {(id) => (
            <select
              id={id}
              value={status ?? ''}
              onChange={(e) => {
                setStatus(STATUSES.find((s) => s === e.target.value));
                setPage(1);
              }}
            >
              <option value="">{labels.attendees.anyStatus}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels.attendeeStatus[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {event.sides.length > 0 && (
          <Field label={labels.attendees.side}>
            {(id) => (
              <select
                id={id}
                value={side}
                onChange={(e) => {
                  setSide(e.target.value);
                  setPage(1);
                }}
              >
                <option value="">{labels.attendees.anySide}</option>
                {event.sides.map((s) => (
                  <option key={s.code} value={s.code}>
                    {text(s.name)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </form>
      {attendees.isPending && <Loading />}
      {attendees.isError && <ErrorMessage error={attendees.error} onRetry={() => void attendees.refetch()} />}
      {attendees.data && (
        <>
          <p className="muted small" aria-live="polite">
            {fill(labels.attendees.count, { total: attendees.data.total })}
          </p>
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          {attendees.data.items.length === 0 ? (
            <p className="empty">{labels.attendees.none}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {labels.attendees.order}
                    </th>
                    <th scope="col">{labels.attendees.name}</th>
                    <th scope="col">{labels.attendees.position}</th>
                    <th scope="col">{labels.attendees.role}</th>
                    <th scope="col">{labels.attendees.side}</th>
                    <th scope="col">{labels.attendees.status}</th>
                    <th scope="col">{labels.attendees.checkedInAt}</th>
                    {writable && <th scope="col">{labels.attendees.actions}</th>}
                  </tr>
                </thead>
                <tbody>
                  {attendees.data.items.map((a) => (
                    <Fragment key={a.id}>
                      <tr>
                        <td className="num">{a.effectiveOrder}</td>
                        <td className="strong">
                          {text(a.person.name)}
                          {a.onBehalfOf && (
                            <div className="small muted">{fill(labels.attendees.onBehalfOf, { name: text(a.onBehalfOf.name) })}</div>
                          )}
                        </td>
                        <td>{positionLine(a.person, text)}</td>
                        <td>{labels.attendeeRole[a.role]}</td>
                        <td>{a.side ? (sideName.get(a.side) ?? a.side) : ''}</td>
                        <td>
                          <Badge tone={attendeeTone[a.status]}>{labels.attendeeStatus[a.status]}</Badge>
                        </td>
                        <td className="nowrap">{dateTime(a.checkedInAt, event.timeZone, 'time')}</td>
                        {writable && (
                          <td>
                            {a.deputyId ? (
                              <span className="small muted">{labels.attendees.replacedBy}</span>
                            ) : (
                              !a.onBehalfOf && replacing !== a.id && <ReplaceButton attendee={a} onOpen={() => setReplacing(a.id)} />
                            )}
                          </td>
                        )}
                      </tr>
                      {writable && replacing === a.id && (
                        <tr className="row-form">
                          <td colSpan={8}>
                            <ReplaceForm
                              eventId={event.id}
                              attendee={a}
                              onClose={() => setReplacing(null)}
                              onDone={(message) => {
                                setReplacing(null);
                                setNotice(message);
                              }}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={attendees.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
