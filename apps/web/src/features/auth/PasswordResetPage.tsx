import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useRequestPasswordReset, useResetPassword } from './api';
import { AuthCard, useLinkToken } from './AuthCard';
import { NewPasswordFields } from './NewPasswordFields';

/** Without a link's token: ask for a reset link by email. With one (opened from the link): choose the new password. */
export function PasswordResetPage() {
  const token = useLinkToken();
  return token ? <SetNewPassword token={token} /> : <RequestLink />;
}

function RequestLink() {
  const { labels, lang } = useI18n();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate({ email: email.trim(), language: lang });
  };
  return (
    <AuthCard title={labels.account.resetTitle} lead={labels.account.resetLead}>
      {request.isSuccess ? (
        <p className="alert success" role="status">
          {labels.account.sent}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="stack">
          <Field label={labels.auth.email}>
            {(id) => (
              <input
                id={id}
                type="email"
                autoComplete="username"
                required
                maxLength={254}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          {request.error && <ErrorMessage error={request.error} />}
          <button type="submit" className="button primary large" disabled={request.isPending}>
            {request.isPending ? labels.account.sending : labels.account.sendLink}
          </button>
        </form>
      )}
      <Link to="/">{labels.account.backToSignIn}</Link>
    </AuthCard>
  );
}

function SetNewPassword({ token }: { token: string }) {
  const { labels } = useI18n();
  const reset = useResetPassword();
  const [password, setPassword] = useState<string | null>(null);
  if (reset.isSuccess) {
    return (
      <AuthCard title={labels.account.setTitle}>
        <p className="alert success" role="status">
          {labels.account.changed}
        </p>
        <Link to="/" className="button primary large">
          {labels.account.signIn}
        </Link>
      </AuthCard>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (password) reset.mutate({ token, newPassword: password });
  };
  return (
    <AuthCard title={labels.account.setTitle} lead={labels.account.setLead}>
      <form onSubmit={onSubmit} className="stack">
        <NewPasswordFields onChange={setPassword} />
        {reset.error && <ErrorMessage error={reset.error} />}
        <button type="submit" className="button primary large" disabled={reset.isPending || !password}>
          {reset.isPending ? labels.account.saving : labels.account.setSubmit}
        </button>
      </form>
      <Link to="/">{labels.account.backToSignIn}</Link>
    </AuthCard>
  );
}
