import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrors } from '../../components/form';
import type { AttendanceDto } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { PersonPicker, type Picked } from '../people/pickers';
import { useReplaceAttendee } from './api';

/**
 * 代理出席 on an attendee row: a button opens a small form to choose the deputy; on success the list shows the deputy in
 * the principal's place and the principal as absent.
 */
export function ReplaceWithDeputy({
  eventId,
  attendee,
  onDone,
}: {
  eventId: string;
  attendee: AttendanceDto;
  onDone: (message: string) => void;
}) {
  const { labels, text } = useI18n();
  const [open, setOpen] = useState(false);
  const [deputy, setDeputy] = useState<Picked[]>([]);
  const replace = useReplaceAttendee(eventId);
  const formId = useId();
  const name = text(attendee.person.name);
  const errors = fieldErrors(replace.error);
  if (!open) {
    return (
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        {labels.attendees.replace}
        <span className="visually-hidden"> · {name}</span>
      </button>
    );
  }
  const submit = () => {
    const chosen = deputy[0];
    if (!chosen) return;
    replace.mutate(
      { id: attendee.id, personId: chosen.id },
      {
        onSuccess: () => {
          setOpen(false);
          setDeputy([]);
          onDone(fill(labels.attendees.replaced, { deputy: text(chosen.name), name }));
        },
      },
    );
  };
  return (
    <form
      id={formId}
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
        <button
          type="button"
          className="button small"
          onClick={() => {
            setOpen(false);
            replace.reset();
          }}
        >
          {labels.attendees.cancel}
        </button>
      </div>
    </form>
  );
}
