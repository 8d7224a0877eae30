import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import { ApiError } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useAcceptInvitation, useInvitationPreview } from './api';
import { AuthCard, useLinkToken } from './AuthCard';
import { NewPasswordFields } from './NewPasswordFields';

/** Opened from an invitation link: shows what it offers; a new invitee chooses a password, an existing user just joins. */
export function InvitationPage() {
  const { labels } = useI18n();
  const token = useLinkToken();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState<string | null>(null);
  const backToSignIn = <Link to="/">{labels.account.backToSignIn}</Link>;

  if (!token) {
    return (
      <AuthCard title={labels.account.inviteTitle}>
        <ErrorMessage error={new ApiError(403, 'LINK_INVALID', 'no token')} />
        <p>{labels.account.noToken}</p>
        {backToSignIn}
      </AuthCard>
    );
  }
  if (preview.isPending) return <Loading />;
  if (preview.isError) {
    return (
      <AuthCard title={labels.account.inviteTitle}>
        <ErrorMessage error={preview.error} />
        {backToSignIn}
      </AuthCard>
    );
  }
  const invitation = preview.data;
  const role = labels.roles[invitation.role];
  if (accept.isSuccess) {
    return (
      <AuthCard title={labels.account.inviteTitle}>
        <p className="alert success" role="status">
          {fill(labels.account.accepted, { workspace: accept.data.workspaceName })}
        </p>
        <Link to="/" className="button primary large">
          {labels.account.signIn}
        </Link>
      </AuthCard>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!invitation.existingUser && !password) return;
    accept.mutate({ token, ...(invitation.existingUser || !password ? {} : { password }) });
  };
  return (
    <AuthCard title={labels.account.inviteTitle} lead={fill(labels.account.invited, { workspace: invitation.workspaceName, role })}>
      <p>{fill(labels.account.invitedEmail, { email: invitation.email })}</p>
      <form onSubmit={onSubmit} className="stack">
        {invitation.existingUser ? (
          <p className="muted">{labels.account.existingLead}</p>
        ) : (
          <>
            <p className="muted">{labels.account.chooseLead}</p>
            <NewPasswordFields email={invitation.email} onChange={setPassword} />
          </>
        )}
        {accept.error && <ErrorMessage error={accept.error} />}
        <button type="submit" className="button primary large" disabled={accept.isPending || (!invitation.existingUser && !password)}>
          {accept.isPending
            ? labels.account.accepting
            : invitation.existingUser
              ? fill(labels.account.acceptJoin, { workspace: invitation.workspaceName })
              : labels.account.acceptCreate}
        </button>
      </form>
      {backToSignIn}
    </AuthCard>
  );
}
