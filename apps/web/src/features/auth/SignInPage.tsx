import { Field } from '../../components/Field';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useI18n } from '../../lib/i18n';
import { useSignIn } from './api';

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
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="signin-top">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            {labels.app.name}
          </span>
          <LanguageSwitcher />
        </div>
        <h1>{labels.auth.title}</h1>
        <p className="muted">{labels.auth.lead}</p>
        <form onSubmit={onSubmit} className="stack">
          <Field label={labels.auth.email}>
            {(id) => (
              <input id={id} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
            )}
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
      </div>
    </main>
  );
}
