import { useId, useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnumSelect, fieldErrors, FormField } from '../../components/form';
import { Pager } from '../../components/Pager';
import type { Language, Role } from '../../lib/api';
import { fill, LANGUAGES, useI18n } from '../../lib/i18n';
import { ROLES, useInvitations, useInvite, useRevokeInvitation } from './api';

const PAGE_SIZE = 20;

/** What the last invitation did: emailed, or a link for the owner to pass on (shown this once). */
type Sent = { email: string; expiresAt: string; link?: string };

/** Owners invite by email with a role and the language of the email; pending invitations can be revoked. */
export function Invitations() {
  const { labels, lang } = useI18n();
  const headingId = useId();
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('organizer');
  const [language, setLanguage] = useState<Language | ''>(lang);
  const [sent, setSent] = useState<Sent | null>(null);
  const errors = fieldErrors(invite.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    invite.mutate(
      { email: email.trim(), role: role || 'official', language: language || lang },
      {
        onSuccess: (created) => {
          setSent({ email: created.email, expiresAt: created.expiresAt, link: created.link });
          setEmail('');
        },
      },
    );
  };
  return (
    <section className="invitations" aria-labelledby={headingId}>
      <h2 id={headingId}>{labels.invitations.title}</h2>
      <p className="small muted">{labels.invitations.hint}</p>
      <form className="filters" onSubmit={onSubmit} noValidate aria-label={labels.invitations.title}>
        <FormField label={labels.auth.email} errors={errors('email')} className="grow">
          {(props) => (
            <input {...props} type="email" autoComplete="off" value={email} maxLength={320} onChange={(e) => setEmail(e.target.value)} />
          )}
        </FormField>
        <EnumSelect
          label={labels.workspace.role}
          value={role}
          options={ROLES}
          names={labels.roles}
          onChange={setRole}
          errors={errors('role')}
        />
        <EnumSelect
          label={labels.invitations.language}
          value={language}
          options={LANGUAGES}
          names={labels.lang}
          onChange={setLanguage}
          errors={errors('language')}
        />
        <button type="submit" className="button primary" disabled={invite.isPending}>
          {labels.invitations.send}
        </button>
      </form>
      {invite.isError && <ErrorMessage error={invite.error} inline />}
      {sent && <SentNotice sent={sent} onDone={() => setSent(null)} />}
      <Pending />
    </section>
  );
}

function SentNotice({ sent, onDone }: { sent: Sent; onDone: () => void }) {
  const { labels, dateTime } = useI18n();
  const until = dateTime(sent.expiresAt);
  if (!sent.link) {
    return (
      <div className="alert success" role="status">
        <p>{fill(labels.invitations.emailed, { email: sent.email, date: until })}</p>
      </div>
    );
  }
  const link = sent.link;
  return (
    <div className="alert warning" role="alert">
      <p>{fill(labels.invitations.passOn, { email: sent.email, date: until })}</p>
      <p>
        <code className="secret" aria-label={labels.invitations.link}>
          {link}
        </code>
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(link).catch(() => undefined)}>
          {labels.workspace.copy}
        </button>
        <button type="button" className="button quiet" onClick={onDone}>
          {labels.workspace.keyStored}
        </button>
      </div>
    </div>
  );
}

function Pending() {
  const { labels, dateTime } = useI18n();
  const [page, setPage] = useState(1);
  const pending = useInvitations(page, PAGE_SIZE);
  const revoke = useRevokeInvitation();
  if (!pending.data) return pending.isError ? <ErrorMessage error={pending.error} onRetry={() => void pending.refetch()} /> : null;
  if (pending.data.items.length === 0) return <p className="small muted">{labels.invitations.none}</p>;
  return (
    <>
      <h3 id="pending-invitations">{labels.invitations.pending}</h3>
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      <div className="table-wrap">
        <table className="table" aria-labelledby="pending-invitations">
          <thead>
            <tr>
              <th scope="col">{labels.auth.email}</th>
              <th scope="col">{labels.workspace.role}</th>
              <th scope="col">{labels.invitations.invitedOn}</th>
              <th scope="col">{labels.invitations.expires}</th>
              <th scope="col">
                <span className="visually-hidden">{labels.workspace.revoke}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pending.data.items.map((i) => (
              <tr key={i.id}>
                <td className="break">{i.email}</td>
                <td>{labels.roles[i.role]}</td>
                <td>{dateTime(i.createdAt)}</td>
                <td>{dateTime(i.expiresAt)}</td>
                <td>
                  <ConfirmButton
                    name={fill(labels.invitations.revokeOf, { email: i.email })}
                    confirm={fill(labels.invitations.revokeConfirm, { email: i.email })}
                    onConfirm={() => revoke.mutate(i.id)}
                    disabled={revoke.isPending}
                  >
                    {labels.workspace.revoke}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageSize={PAGE_SIZE} total={pending.data.total} onPage={setPage} />
    </>
  );
}
