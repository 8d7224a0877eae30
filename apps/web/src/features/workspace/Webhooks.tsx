import { useId, useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrors, FieldErrorText, FormField } from '../../components/form';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import { fill, useI18n } from '../../lib/i18n';
import { useSearchParams } from '../../lib/router';
import {
  useCreateWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useRedeliver,
  useRotateWebhookSecret,
  useUpdateWebhookEndpoint,
  useWebhookDeliveries,
  useWebhookEndpoints,
  WEBHOOK_EVENT_TYPES,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEventType,
} from './webhooks-api';

const PAGE_SIZE = 20;

/** A signing secret just made (creation or rotation): shown once, with the grace period of the one it replaced. */
interface ShownSecret {
  url: string;
  secret: string;
  previousSignsUntil?: string;
}

/** The owner's webhook endpoints: add, change, rotate the secret, delete, and each one's delivery log. */
export function Webhooks() {
  const { labels } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const endpoints = useWebhookEndpoints(page, PAGE_SIZE);
  const [editing, setEditing] = useState<WebhookEndpoint | null>(null);
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const selectedId = params.get('endpoint');
  const selected = endpoints.data?.items.find((e) => e.id === selectedId) ?? null;
  return (
    <>
      <p className="small muted">{labels.webhooks.lead}</p>
      {shown && <SecretNotice shown={shown} onDone={() => setShown(null)} />}
      <EndpointForm
        key={editing?.id ?? 'new'}
        endpoint={editing}
        onCreated={(e) => setShown({ url: e.url, secret: e.secret })}
        onDone={() => setEditing(null)}
      />
      {endpoints.isPending && <Loading />}
      {endpoints.isError && <ErrorMessage error={endpoints.error} onRetry={() => void endpoints.refetch()} />}
      {endpoints.data && endpoints.data.items.length === 0 && <p className="empty">{labels.webhooks.none}</p>}
      {endpoints.data && endpoints.data.items.length > 0 && (
        <EndpointTable
          endpoints={endpoints.data.items}
          selectedId={selected?.id ?? null}
          onEdit={(e) => {
            setEditing(e);
            window.scrollTo({ top: 0 });
          }}
          onSelect={(id) => setParams({ endpoint: id })}
          onRotated={setShown}
          onDeleted={(id) => {
            if (editing?.id === id) setEditing(null);
            if (selectedId === id) setParams({ endpoint: null });
          }}
        />
      )}
      {endpoints.data && <Pager page={page} pageSize={PAGE_SIZE} total={endpoints.data.total} onPage={(p) => setParams({ page: p })} />}
      {selected && <DeliveryLog endpoint={selected} onClose={() => setParams({ endpoint: null })} />}
    </>
  );
}

function SecretNotice({ shown, onDone }: { shown: ShownSecret; onDone: () => void }) {
  const { labels, dateTime } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(shown.secret).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="alert warning" role="alert">
      <p>
        <strong>{labels.webhooks.storeNow}</strong> {fill(labels.webhooks.secretOnce, { url: shown.url })}
      </p>
      <p>
        <code className="secret" aria-label={labels.webhooks.secretValue}>
          {shown.secret}
        </code>
      </p>
      {shown.previousSignsUntil && <p>{fill(labels.webhooks.rotatedGrace, { date: dateTime(shown.previousSignsUntil) })}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={copy}>
          {labels.workspace.copy}
        </button>
        {copied && <span role="status">{labels.webhooks.copied}</span>}
        <button type="button" className="button quiet" onClick={onDone}>
          {labels.workspace.keyStored}
        </button>
      </div>
    </div>
  );
}

function EndpointForm({
  endpoint,
  onCreated,
  onDone,
}: {
  endpoint: WebhookEndpoint | null;
  onCreated: (created: WebhookEndpoint & { secret: string }) => void;
  onDone: () => void;
}) {
  const { labels } = useI18n();
  const headingId = useId();
  const create = useCreateWebhookEndpoint();
  const update = useUpdateWebhookEndpoint();
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(endpoint?.eventTypes ?? []);
  const [enabled, setEnabled] = useState(endpoint?.enabled ?? true);
  const mutation = endpoint ? update : create;
  const errors = fieldErrors(mutation.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      url: url.trim(),
      description: description.trim() || null,
      eventTypes: WEBHOOK_EVENT_TYPES.filter((t) => eventTypes.includes(t)),
    };
    if (endpoint) {
      update.mutate({ id: endpoint.id, ...body, ...(enabled !== endpoint.enabled && { enabled }) }, { onSuccess: onDone });
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          onCreated(created);
          setUrl('');
          setDescription('');
          setEventTypes([]);
        },
      });
    }
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{endpoint ? fill(labels.webhooks.editEndpoint, { url: endpoint.url }) : labels.webhooks.newEndpoint}</h2>
      <form className="record-form" onSubmit={onSubmit} noValidate>
        <div className="row">
          <FormField label={labels.webhooks.url} hint={labels.webhooks.urlHint} errors={errors('url')} className="grow">
            {(props) => (
              <input
                {...props}
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                value={url}
                maxLength={2000}
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            label={labels.webhooks.description}
            hint={labels.webhooks.descriptionHint}
            errors={errors('description')}
            className="grow"
          >
            {(props) => <input {...props} value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />}
          </FormField>
        </div>
        <EventTypeChecks value={eventTypes} onChange={setEventTypes} errors={errors('eventTypes')} />
        {endpoint && (
          <label className="check">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {labels.webhooks.enabled}
          </label>
        )}
        {mutation.isError && <ErrorMessage error={mutation.error} inline />}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={mutation.isPending}>
            {endpoint ? labels.form.save : labels.webhooks.create}
          </button>
          {endpoint && (
            <button type="button" className="button quiet" onClick={onDone}>
              {labels.form.cancel}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

function EventTypeChecks({
  value,
  onChange,
  errors,
}: {
  value: WebhookEventType[];
  onChange: (v: WebhookEventType[]) => void;
  errors: string[];
}) {
  const { labels } = useI18n();
  const errorId = useId();
  return (
    <fieldset className="checks" aria-describedby={errors.length > 0 ? errorId : undefined}>
      <legend>{labels.webhooks.eventTypes}</legend>
      {WEBHOOK_EVENT_TYPES.map((t) => (
        <label key={t} className="check">
          <input
            type="checkbox"
            checked={value.includes(t)}
            aria-invalid={errors.length > 0 || undefined}
            onChange={(e) => onChange(e.target.checked ? [...value, t] : value.filter((x) => x !== t))}
          />
          {labels.webhookEvent[t]}
        </label>
      ))}
      <FieldErrorText id={errorId} errors={errors} />
    </fieldset>
  );
}

function EndpointState({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { labels, dateTime } = useI18n();
  if (endpoint.enabled) {
    return (
      <>
        <span className="badge success">{labels.webhooks.on}</span>
        {endpoint.failingSince && (
          <div className="small">{fill(labels.webhooks.failingSince, { date: dateTime(endpoint.failingSince) })}</div>
        )}
        {endpoint.previousSecretExpiresAt && (
          <div className="small muted">{fill(labels.webhooks.previousSigns, { date: dateTime(endpoint.previousSecretExpiresAt) })}</div>
        )}
      </>
    );
  }
  const date = dateTime(endpoint.disabledAt);
  return (
    <>
      <span className="badge danger">{labels.webhooks.off}</span>
      <div className="small">
        {endpoint.disabledBy === 'owner'
          ? fill(labels.webhooks.disabledByOwner, { date })
          : fill(labels.webhooks.disabledByFailures, { date })}
      </div>
      {endpoint.disabledBy === 'failures' && endpoint.disabledReason && (
        <div className="small muted" lang="en">
          {endpoint.disabledReason}
        </div>
      )}
    </>
  );
}

function EndpointTable({
  endpoints,
  selectedId,
  onEdit,
  onSelect,
  onRotated,
  onDeleted,
}: {
  endpoints: WebhookEndpoint[];
  selectedId: string | null;
  onEdit: (e: WebhookEndpoint) => void;
  onSelect: (id: string) => void;
  onRotated: (shown: ShownSecret) => void;
  onDeleted: (id: string) => void;
}) {
  const { labels } = useI18n();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookEndpoint();
  return (
    <>
      {rotate.isError && <ErrorMessage error={rotate.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{labels.webhooks.endpoints}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.webhooks.endpoint}</th>
              <th scope="col">{labels.webhooks.events}</th>
              <th scope="col">{labels.webhooks.state}</th>
              <th scope="col">
                <span className="visually-hidden">{labels.webhooks.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.id} aria-current={e.id === selectedId || undefined}>
                <td className="break">
                  <code>{e.url}</code>
                  {e.description && <div className="small muted">{e.description}</div>}
                </td>
                <td className="small">
                  {WEBHOOK_EVENT_TYPES.filter((t) => e.eventTypes.includes(t))
                    .map((t) => labels.webhookEvent[t])
                    .join(labels.webhooks.listJoin)}
                </td>
                <td>
                  <EndpointState endpoint={e} />
                </td>
                <td>
                  <div className="form-actions compact">
                    <button
                      type="button"
                      className="button"
                      aria-label={fill(labels.webhooks.deliveriesOf, { url: e.url })}
                      aria-pressed={e.id === selectedId}
                      onClick={() => onSelect(e.id)}
                    >
                      {labels.webhooks.deliveries}
                    </button>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={fill(labels.form.editItem, { name: e.url })}
                      onClick={() => onEdit(e)}
                    >
                      {labels.form.edit}
                    </button>
                    <ConfirmButton
                      name={fill(labels.webhooks.rotateOf, { url: e.url })}
                      confirm={fill(labels.webhooks.rotateConfirm, { url: e.url })}
                      onConfirm={() =>
                        rotate.mutate(e.id, {
                          onSuccess: (r) => onRotated({ url: e.url, secret: r.secret, previousSignsUntil: r.previousSecretExpiresAt }),
                        })
                      }
                      disabled={rotate.isPending}
                    >
                      {labels.webhooks.rotate}
                    </ConfirmButton>
                    <ConfirmButton
                      danger
                      name={fill(labels.webhooks.deleteOf, { url: e.url })}
                      confirm={fill(labels.webhooks.deleteConfirm, { url: e.url })}
                      onConfirm={() => remove.mutate(e.id, { onSuccess: () => onDeleted(e.id) })}
                      disabled={remove.isPending}
                    >
                      {labels.webhooks.delete}
                    </ConfirmButton>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DeliveryLog({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const { labels, dateTime } = useI18n();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(endpoint.id, page, PAGE_SIZE);
  const redeliver = useRedeliver(endpoint.id);
  return (
    <section className="card delivery-log" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{fill(labels.webhooks.logTitle, { url: endpoint.url })}</h2>
        <button type="button" className="button quiet" onClick={onClose}>
          {labels.webhooks.close}
        </button>
      </div>
      {!endpoint.enabled && <p className="small">{labels.webhooks.enableToRedeliver}</p>}
      {redeliver.isError && <ErrorMessage error={redeliver.error} />}
      {deliveries.isPending && <Loading />}
      {deliveries.isError && <ErrorMessage error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      {deliveries.data && deliveries.data.items.length === 0 && <p className="empty">{labels.webhooks.noDeliveries}</p>}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{fill(labels.webhooks.logTitle, { url: endpoint.url })}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.webhooks.time}</th>
                <th scope="col">{labels.webhooks.event}</th>
                <th scope="col">{labels.webhooks.status}</th>
                <th scope="col">{labels.webhooks.response}</th>
                <th scope="col">{labels.webhooks.attempts}</th>
                <th scope="col">
                  <span className="visually-hidden">{labels.webhooks.redeliver}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    {dateTime(d.createdAt)}
                    {d.lastAttemptAt && (
                      <div className="small muted">{fill(labels.webhooks.lastAttempt, { date: dateTime(d.lastAttemptAt) })}</div>
                    )}
                  </td>
                  <td>{labels.webhookEvent[d.eventType]}</td>
                  <td>
                    <DeliveryStatus delivery={d} />
                  </td>
                  <td>
                    {d.responseStatus ?? <span className="muted">{labels.webhooks.noResponse}</span>}
                    {d.lastError && d.status !== 'succeeded' && (
                      <div className="small muted break" lang="en">
                        {d.lastError}
                      </div>
                    )}
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={fill(labels.webhooks.redeliverOf, {
                        event: labels.webhookEvent[d.eventType],
                        date: dateTime(d.createdAt),
                      })}
                      disabled={!endpoint.enabled || redeliver.isPending}
                      onClick={() => redeliver.mutate(d.id)}
                    >
                      {labels.webhooks.redeliver}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deliveries.data && <Pager page={page} pageSize={PAGE_SIZE} total={deliveries.data.total} onPage={setPage} />}
    </section>
  );
}

function DeliveryStatus({ delivery }: { delivery: WebhookDelivery }) {
  const { labels, dateTime } = useI18n();
  const tone = delivery.status === 'succeeded' ? 'success' : delivery.status === 'failed' ? 'danger' : 'info';
  return (
    <>
      <span className={`badge ${tone}`}>{labels.deliveryStatus[delivery.status]}</span>
      {delivery.status === 'pending' && delivery.nextAttemptAt && (
        <div className="small muted">{fill(labels.webhooks.nextAttempt, { date: dateTime(delivery.nextAttemptAt) })}</div>
      )}
    </>
  );
}
