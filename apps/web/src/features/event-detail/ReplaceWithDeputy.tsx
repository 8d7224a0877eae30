import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrors } from '../../components/form';
import type { AttendanceDto } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { PersonPicker, type Picked } from '../people/pickers';
import { useReplaceAttendee } from './api';

/** The action on an attendee row: opens the deputy form below the row. */
export function ReplaceButton({ attendee, onOpen }: { attendee: AttendanceDto; onOpen: () => void }) {
  const { labels, text } = useI18n();
  return (
    <button type="button" className="button small" onClick={onOpen}>
      {labels.attendees.replace}
      <span className="visually-hidden"> · {text(attendee.person.name)}</span>
    </button>
  );
}

/**
 * 代理出席: choose the deputy of an attendee, in a row of its own under the attendee (full width, so it is usable on a
 * tablet); on success the list shows the deputy in the principal's place and the principal as absent.
 */
export function ReplaceForm({
  eventId,
  attendee,
  onClose,
  onDone,
}: {
  eventId: string;
  attendee: AttendanceDto;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { labels, text } = useI18n();
  const [deputy, setDeputy] = useState<Picked[]>([]);
  const replace = useReplaceAttendee(eventId);
  const name = text(attendee.person.name);
  const errors = fieldErrors(replace.error);
  const submit = () => {
    const chosen = deputy[0];
    if (!chosen) return;
    replace.mutate(
      { id: attendee.id, personId: chosen.id },
      { onSuccess: () => onDone(fill(labels.attendees.replaced, { deputy: text(chosen.name), name })) },
    );
  };
  return (
    <form
      className="replace-deputy"
      aria-label={fill(labels.attendees.replaceFor, { name })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="small muted">{fill(labels.attendees.replaceHint, { name })}</p>
      <PersonPicker label={labels.attendees.deputy} value={deputy} onChange={setDeputy} single errors={errors('personId')} />
      {replace.isError && errors('personId').length === 0 && <ErrorMessage error={replace.error} />}
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={deputy.length === 0 || replace.isPending}>
          {replace.isPending ? labels.attendees.replacing : labels.attendees.replaceSubmit}
        </button>
        <button type="button" className="button small" onClick={onClose}>
          {labels.attendees.cancel}
        </button>
      </div>
    </form>
  );
}
