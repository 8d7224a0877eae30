import { ApiError } from '../lib/api';
import { fill, useI18n } from '../lib/i18n';

/** An error in the user's language, from its API code, with the request id to quote. */
/** `inline` leaves the field list out: a form shows each field's errors next to the field. */
export function ErrorMessage({ error, onRetry, inline = false }: { error: unknown; onRetry?: () => void; inline?: boolean }) {
  const { labels } = useI18n();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const fields = !inline && error instanceof ApiError && Array.isArray(error.details) ? error.details : [];
  return (
    <div className="alert error" role="alert">
      <p>
        {labels.errors[code]}
        {inline && code === 'VALIDATION_FAILED' && ` ${labels.form.seeFields}`}
      </p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>
              {f.field}: {f.messages.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {error instanceof ApiError && error.requestId && (
        <p className="small muted">{fill(labels.errors.requestId, { id: error.requestId })}</p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {labels.app.retry}
        </button>
      )}
    </div>
  );
}
