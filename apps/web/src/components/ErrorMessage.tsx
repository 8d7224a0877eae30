import { ApiError } from '../lib/api';
import { fill, useI18n } from '../lib/i18n';

/** An error in the user's language, from its API code, with the request id to quote. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { labels } = useI18n();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const fields = error instanceof ApiError && Array.isArray(error.details) ? error.details : [];
  return (
    <div className="alert error" role="alert">
      <p>{labels.errors[code]}</p>
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
