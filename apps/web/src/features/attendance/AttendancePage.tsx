import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnumSelect, fieldErrors, FieldErrorText } from '../../components/form';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import { ApiError, type AttendanceDto, type EventDto } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useLeaveWarning } from '../../lib/router';
import { positionLine } from '../event-detail/person-text';
import { PersonPicker, type Picked } from '../people/pickers';
import {
  ROLES,
  STATUSES,
  useAddAttendees,
  useAttendanceList,
  useMoveAttendee,
  useRemoveAttendee,
  useResetOrder,
  useUpdateAttendee,
} from './api';
import { ImportList } from './ImportList';
import { ParticipantGroups } from './ParticipantGroups';
import { ConfirmButton } from '../../components/ConfirmButton';

type Role = (typeof ROLES)[number];
type Status = (typeof STATUSES)[number];

export function AttendancePage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="attendance">
      {(event) => (
        <>
          <AddAttendees event={event} />
          <ImportList eventId={event.id} />
          <AttendanceList event={event} />
          <ParticipantGroups eventId={event.id} />
        </>
      )}
    </EventFrame>
  );
}

/** People found by search, added in one go with the same role, side and status. */
function AddAttendees({ event }: { event: EventDto }) {
  const { labels, text } = useI18n();
  const [people, setPeople] = useState<Picked[]>([]);
  const [role, setRole] = useState<Role | ''>('guest');
  const [side, setSide] = useState('');
  const [status, setStatus] = useState<Status | ''>('registered');
  const [added, setAdded] = useState<string | null>(null);
  const add = useAddAttendees(event.id);
  useLeaveWarning(people.length > 0, labels.form.leaveWarning);
  const errors = fieldErrors(add.error);
  const sides = Object.fromEntries(event.sides.map((s) => [s.code, text(s.name)]));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      people.map((p) => ({ personId: p.id, role: role || 'guest', side: side || null, ...(status && { status }) })),
      {
        onSuccess: (result) => {
          setAdded(fill(labels.attendance.added, { n: result.items.length }));
          setPeople([]);
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="add-attendees-head">
      <h2 id="add-attendees-head">{labels.attendance.addTitle}</h2>
      <p className="small muted">{labels.attendance.addHint}</p>
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={labels.attendance.addTitle}>
        <PersonPicker label={labels.attendance.people} value={people} onChange={setPeople} errors={errors('items')} />
        <div className="row">
          <EnumSelect label={labels.attendees.role} value={role} options={ROLES} names={labels.attendeeRole} onChange={setRole} />
          <EnumSelect
            label={labels.attendees.side}
            value={side}
            options={event.sides.map((s) => s.code)}
            names={sides}
            onChange={setSide}
            empty={labels.attendance.noSide}
          />
          <EnumSelect
            label={labels.attendees.status}
            value={status}
            options={STATUSES}
            names={labels.attendeeStatus}
            onChange={setStatus}
          />
        </div>
        {add.isError && <ErrorMessage error={add.error} />}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={add.isPending || people.length === 0}>
            {fill(labels.attendance.addButton, { n: people.length })}
          </button>
          <span role="status" className="small muted">
            {added ?? ''}
          </span>
        </div>
      </form>
    </section>
  );
}

function AttendanceList({ event }: { event: EventDto }) {
  const { labels } = useI18n();
  const [page, setPage] = useState(1);
  const list = useAttendanceList(event.id, page);
  const move = useMoveAttendee(event.id);
  const reset = useResetOrder(event.id);
  const items = list.data?.items ?? [];
  const moveTo = (id: string, to: number) => move.mutate({ list: items, id, to });
  const [dragged, setDragged] = useState<string | null>(null);
  return (
    <section aria-labelledby="attendance-head">
      <div className="section-head">
        <h2 id="attendance-head">{labels.attendance.listTitle}</h2>
        {list.data && <p className="muted">{fill(labels.attendees.count, { total: list.data.total })}</p>}
      </div>
      <p className="small muted">{labels.attendance.orderHint}</p>
      {items.some((a) => a.protocolOrder !== null) && (
        <button
          type="button"
          className="button quiet"
          disabled={reset.isPending}
          onClick={() => window.confirm(labels.attendance.resetConfirm) && reset.mutate(items)}
        >
          {labels.attendance.reset}
        </button>
      )}
      {(move.isPending || reset.isPending) && (
        <p role="status" className="small muted">
          {labels.form.saving}
        </p>
      )}
      {move.isError && <ErrorMessage error={move.error} />}
      {reset.isError && <ErrorMessage error={reset.error} />}
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p className="empty">{labels.attendance.none}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table attendance-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {labels.attendees.order}
                </th>
                <th scope="col">{labels.attendees.name}</th>
                <th scope="col">{labels.attendees.role}</th>
                <th scope="col">{labels.attendees.side}</th>
                <th scope="col">{labels.attendees.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{labels.form.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <AttendeeRow
                  key={`${a.id}-${a.effectiveOrder}`}
                  event={event}
                  attendee={a}
                  onMove={(to) => moveTo(a.id, to)}
                  busy={move.isPending}
                  drag={{
                    onDragStart: () => setDragged(a.id),
                    onDrop: () => {
                      if (dragged && dragged !== a.id) moveTo(dragged, a.effectiveOrder);
                      setDragged(null);
                    },
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && <Pager page={page} pageSize={200} total={list.data.total} onPage={setPage} />}
    </section>
  );
}

/** One attendee: every change is written at once; a new No. (typed, or by dragging the row) moves them in the list. */
function AttendeeRow({
  event,
  attendee: a,
  onMove,
  busy,
  drag,
}: {
  event: EventDto;
  attendee: AttendanceDto;
  onMove: (to: number) => void;
  busy: boolean;
  drag: { onDragStart: () => void; onDrop: () => void };
}) {
  const { labels, text } = useI18n();
  const update = useUpdateAttendee(event.id);
  const remove = useRemoveAttendee(event.id);
  const [order, setOrder] = useState(String(a.effectiveOrder));
  const name = text(a.person.name);
  const saveOrder = () => {
    const to = Number(order);
    if (!Number.isInteger(to) || to < 1) return setOrder(String(a.effectiveOrder));
    if (to !== a.effectiveOrder) onMove(to);
  };
  return (
    <tr draggable onDragStart={drag.onDragStart} onDragOver={(e) => e.preventDefault()} onDrop={drag.onDrop} className="draggable-row">
      <td className="num">
        <span className="drag-handle" aria-hidden="true">
          ⠿
        </span>
        <input
          type="number"
          min={1}
          step={1}
          className="order-input"
          aria-label={fill(labels.attendance.orderFor, { name })}
          value={order}
          disabled={busy}
          onChange={(e) => setOrder(e.target.value)}
          onBlur={saveOrder}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              saveOrder();
            }
          }}
        />
        {a.protocolOrder === null && <div className="small muted">{labels.attendance.byRank}</div>}
      </td>
      <td>
        <span className="strong">{name}</span>
        <div className="small muted">{positionLine(a.person, text)}</div>
      </td>
      <td>
        <select
          aria-label={fill(labels.attendance.roleFor, { name })}
          value={a.role}
          onChange={(e) => update.mutate({ id: a.id, body: { role: e.target.value as Role } })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {labels.attendeeRole[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={fill(labels.attendance.sideFor, { name })}
          value={a.side ?? ''}
          onChange={(e) => update.mutate({ id: a.id, body: { side: e.target.value || null } })}
        >
          <option value="">{labels.attendance.noSide}</option>
          {event.sides.map((s) => (
            <option key={s.code} value={s.code}>
              {text(s.name)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={fill(labels.attendance.statusFor, { name })}
          value={a.status}
          onChange={(e) => update.mutate({ id: a.id, body: { status: e.target.value as Status } })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.attendeeStatus[s]}
            </option>
          ))}
        </select>
        {update.isError && <FieldErrorText errors={[labels.errors[update.error instanceof ApiError ? update.error.code : 'INTERNAL']]} />}
      </td>
      <td>
        <ConfirmButton
          name={fill(labels.form.removeItem, { name })}
          confirm={fill(labels.attendance.removeConfirm, { name })}
          disabled={remove.isPending}
          onConfirm={() => remove.mutate(a.id)}
        >
          {labels.form.remove}
        </ConfirmButton>
      </td>
    </tr>
  );
}
