import { Field } from '../../components/Field';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useSignIn } from './api';
import { AuthCard } from './AuthCard';

export function SignInPage() {
  const { labels } = useI18n();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };
  return (
    <AuthCard title={labels.auth.title} lead={labels.auth.lead}>
      <form onSubmit={onSubmit} className="stack">
        <Field label={labels.auth.email}>
          {(id) => <input id={id} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={labels.auth.password}>
          {(id) => (
            <input
              id={id}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {signIn.error && <ErrorMessage error={signIn.error} />}
        <button type="submit" className="button primary large" disabled={signIn.isPending}>
          {signIn.isPending ? labels.auth.signingIn : labels.auth.submit}
        </button>
      </form>
      <p className="signin-links">
        <Link to="/reset-password">{labels.account.forgot}</Link>
      </p>
    </AuthCard>
  );
}
