import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnumSelect, fieldErrors, FormField } from '../../components/form';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import type { Role, Session } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useSearchParams } from '../../lib/router';
import {
  ROLES,
  useApiKeys,
  useAuditLog,
  useCreateApiKey,
  useMembers,
  useRemoveMember,
  useRevokeApiKey,
  useUpdateMember,
  type AuditQuery,
} from './api';
import { Invitations } from './Invitations';
import { Webhooks } from './Webhooks';

const TABS = ['members', 'api-keys', 'webhooks', 'audit-log'] as const;
type Tab = (typeof TABS)[number];

/** The owner's screens: members and their roles, API keys, webhook endpoints, and the audit log. */
export function WorkspacePage({ session }: { session: Session }) {
  const { labels } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'members';
  const names: Record<Tab, string> = {
    members: labels.workspace.members,
    'api-keys': labels.workspace.apiKeys,
    webhooks: labels.webhooks.tab,
    'audit-log': labels.workspace.auditLog,
  };
  return (
    <>
      <div className="page-head">
        <h1>{fill(labels.workspace.title, { name: session.workspace.name })}</h1>
      </div>
      <div className="tabs" role="tablist" aria-label={labels.workspace.sections}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={t === tab}
            aria-controls={`panel-${t}`}
            onClick={() => setParams({ tab: t === 'members' ? null : t, page: null, endpoint: null })}
          >
            {names[t]}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'members' && <Members session={session} />}
        {tab === 'api-keys' && <ApiKeys />}
        {tab === 'webhooks' && <Webhooks />}
        {tab === 'audit-log' && <AuditLog />}
      </section>
    </>
  );
}

const MEMBERS_PAGE_SIZE = 50;
/** The most members a page holds: the audit log names the users of the first this many members. */
const MEMBERS_MAX_PAGE_SIZE = 200;

function Members({ session }: { session: Session }) {
  const { labels, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const members = useMembers(page, MEMBERS_PAGE_SIZE);
  const update = useUpdateMember();
  const remove = useRemoveMember();
  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <>
      <p className="small muted">{labels.workspace.membersHint}</p>
      {update.isError && <ErrorMessage error={update.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{labels.auth.email}</th>
              <th scope="col">{labels.workspace.role}</th>
              <th scope="col">{labels.workspace.since}</th>
              <th scope="col">
                <span className="visually-hidden">{labels.form.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.items.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.email}
                  {m.userId === session.user.id && <span className="small muted"> ({labels.workspace.you})</span>}
                </td>
                <td>
                  <select
                    aria-label={fill(labels.workspace.roleOf, { name: m.email })}
                    value={m.role}
                    disabled={update.isPending}
                    onChange={(e) => update.mutate({ userId: m.userId, role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {labels.roles[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="nowrap">{dateTime(m.createdAt, undefined, 'date')}</td>
                <td>
                  <ConfirmButton
                    name={fill(labels.form.removeItem, { name: m.email })}
                    confirm={fill(labels.workspace.removeConfirm, { name: m.email })}
                    onConfirm={() => remove.mutate(m.userId)}
                    disabled={remove.isPending}
                  >
                    {labels.form.remove}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageSize={MEMBERS_PAGE_SIZE} total={members.data.total} onPage={(p) => setParams({ page: p })} />
      <Invitations />
    </>
  );
}

function ApiKeys() {
  const { labels, dateTime } = useI18n();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('organizer');
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const errors = fieldErrors(create.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name: name.trim(), role: role || 'official' },
      {
        onSuccess: (k) => {
          setShown({ name: k.name, key: k.key });
          setName('');
        },
      },
    );
  };
  return (
    <>
      <form className="filters" onSubmit={onSubmit} noValidate aria-label={labels.workspace.newKey}>
        <FormField label={labels.workspace.keyName} errors={errors('name')} className="grow">
          {(props) => <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <EnumSelect
          label={labels.workspace.role}
          value={role}
          options={ROLES}
          names={labels.roles}
          onChange={setRole}
          errors={errors('role')}
        />
        <button type="submit" className="button primary" disabled={create.isPending}>
          {labels.workspace.createKey}
        </button>
      </form>
      {create.isError && <ErrorMessage error={create.error} inline />}
      {shown && (
        <div className="alert warning" role="alert">
          <p>{fill(labels.workspace.keyOnce, { name: shown.name })}</p>
          <p>
            <code className="secret" aria-label={labels.workspace.keyValue}>
              {shown.key}
            </code>
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(shown.key)}>
              {labels.workspace.copy}
            </button>
            <button type="button" className="button quiet" onClick={() => setShown(null)}>
              {labels.workspace.keyStored}
            </button>
          </div>
        </div>
      )}
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      {keys.isPending && <Loading />}
      {keys.isError && <ErrorMessage error={keys.error} onRetry={() => void keys.refetch()} />}
      {keys.data && keys.data.length === 0 && <p className="empty">{labels.workspace.noKeys}</p>}
      {keys.data && keys.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{labels.workspace.keyName}</th>
                <th scope="col">{labels.workspace.prefix}</th>
                <th scope="col">{labels.workspace.role}</th>
                <th scope="col">{labels.workspace.lastUsed}</th>
                <th scope="col">
                  <span className="visually-hidden">{labels.workspace.revoke}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>{labels.roles[k.role]}</td>
                  <td className="nowrap">{k.lastUsedAt ? dateTime(k.lastUsedAt) : '—'}</td>
                  <td>
                    {k.revokedAt ? (
                      <span className="badge danger">
                        {fill(labels.workspace.revokedOn, { date: dateTime(k.revokedAt, undefined, 'date') })}
                      </span>
                    ) : (
                      <ConfirmButton
                        name={fill(labels.workspace.revokeKey, { name: k.name })}
                        confirm={fill(labels.workspace.revokeConfirm, { name: k.name })}
                        onConfirm={() => revoke.mutate(k.id)}
                        disabled={revoke.isPending}
                      >
                        {labels.workspace.revoke}
                      </ConfirmButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const RESOURCE_TYPES = [
  'event',
  'agenda_item',
  'attendance',
  'participant_group',
  'speech',
  'mou',
  'signed_project',
  'person',
  'organization',
  'writeup_draft',
  'member',
  'api_key',
  'invitation',
  'webhook_endpoint',
  'workspace',
] as const satisfies readonly NonNullable<AuditQuery['resourceType']>[];
const ACTIONS = [
  'create',
  'update',
  'delete',
  'check_in',
  'import',
  'publish',
  'revoke',
  'accept',
  'rotate',
] as const satisfies readonly NonNullable<AuditQuery['action']>[];
const PAGE_SIZE = 30;

function AuditLog() {
  const { labels, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const resourceType = RESOURCE_TYPES.find((t) => t === params.get('resource'));
  const action = ACTIONS.find((a) => a === params.get('action'));
  const log = useAuditLog({ page, pageSize: PAGE_SIZE, ...(resourceType && { resourceType }), ...(action && { action }) });
  const members = useMembers(1, MEMBERS_MAX_PAGE_SIZE);
  const emails = new Map((members.data?.items ?? []).map((m) => [m.userId, m.email]));
  return (
    <>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <EnumSelect
          label={labels.workspace.resource}
          value={resourceType ?? ''}
          options={RESOURCE_TYPES}
          names={labels.resourceType}
          empty={labels.workspace.any}
          onChange={(v) => setParams({ resource: v, page: null })}
        />
        <EnumSelect
          label={labels.workspace.action}
          value={action ?? ''}
          options={ACTIONS}
          names={labels.auditAction}
          empty={labels.workspace.any}
          onChange={(v) => setParams({ action: v, page: null })}
        />
      </form>
      {log.isPending && <Loading />}
      {log.isError && <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.items.length === 0 && <p className="empty">{labels.workspace.noEntries}</p>}
      {log.data && log.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{labels.workspace.when}</th>
                <th scope="col">{labels.workspace.who}</th>
                <th scope="col">{labels.workspace.action}</th>
                <th scope="col">{labels.workspace.resource}</th>
                <th scope="col">{labels.workspace.changed}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{dateTime(entry.occurredAt)}</td>
                  <td>
                    {entry.actor.type === 'user'
                      ? (emails.get(entry.actor.userId ?? '') ?? entry.actor.userId)
                      : entry.actor.type === 'api_key'
                        ? labels.workspace.apiKey
                        : labels.workspace.system}
                  </td>
                  <td>{(labels.auditAction as Record<string, string>)[entry.action] ?? entry.action}</td>
                  <td>{(labels.resourceType as Record<string, string>)[entry.resource.type] ?? entry.resource.type}</td>
                  <td className="small">{changedFields(entry.before, entry.after).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.data && <Pager page={page} pageSize={PAGE_SIZE} total={log.data.total ?? 0} onPage={(p) => setParams({ page: p })} />}
    </>
  );
}

/** The fields whose value differs between before and after (all fields of a created or deleted record). */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).slice(0, 8);
}
