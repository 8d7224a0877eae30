import type { ReactNode } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import { LocalizedInput, type FieldErrors } from '../../components/form';
import type { LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';

/** Passages (key points, quotes) in zh, ja and en side by side, one block each, added and removed in place. */
export function LocalizedList({
  title,
  itemLabel,
  addLabel,
  value,
  onChange,
  errors,
  path,
  extra,
}: {
  title: string;
  itemLabel: string;
  addLabel: string;
  value: LocalizedText[];
  onChange: (value: LocalizedText[]) => void;
  errors: FieldErrors;
  path: string;
  extra?: (index: number) => ReactNode;
}) {
  const { labels } = useI18n();
  return (
    <section className="form-section" aria-label={title}>
      <h3>{title}</h3>
      <ol className="position-list">
        {value.map((item, i) => (
          <li key={i} className="position-row">
            <LocalizedInput
              label={fill(itemLabel, { n: i + 1 })}
              value={item}
              onChange={(next) => onChange(value.map((v, j) => (j === i ? next : v)))}
              errors={errors(`${path}.${i}`)}
              multiline
              maxLength={2000}
            />
            <div className="row-tools">
              {extra?.(i)}
              <button
                type="button"
                className="button quiet"
                aria-label={fill(labels.form.removeItem, { name: fill(itemLabel, { n: i + 1 }) })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {labels.form.remove}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...value, {}])}>
        {addLabel}
      </button>
    </section>
  );
}

/** A saved record in a list: its summary, and buttons to edit or remove it. */
export function RecordRow({
  name,
  children,
  onEdit,
  onRemove,
}: {
  name: string;
  children: ReactNode;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { labels } = useI18n();
  return (
    <li className="record-row">
      <div className="grow">{children}</div>
      <div className="row-tools">
        <button type="button" className="button quiet" onClick={onEdit} aria-label={fill(labels.form.editItem, { name })}>
          {labels.form.edit}
        </button>
        <ConfirmButton
          name={fill(labels.form.removeItem, { name })}
          confirm={fill(labels.form.deleteConfirm, { name })}
          onConfirm={onRemove}
        >
          {labels.form.remove}
        </ConfirmButton>
      </div>
    </li>
  );
}

/** An event's records of one kind: heading, loading and error states, the empty line and the list, with a failed removal's error. */
export function RecordListSection({
  id,
  title,
  empty,
  list,
  removeError,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  list: { isPending: boolean; isError: boolean; error: unknown; data?: { items: unknown[] }; refetch: () => unknown };
  removeError: unknown;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p className="empty">{empty}</p>}
      <ol className="record-list" aria-label={title}>
        {children}
      </ol>
      {removeError != null && <ErrorMessage error={removeError} />}
    </section>
  );
}
