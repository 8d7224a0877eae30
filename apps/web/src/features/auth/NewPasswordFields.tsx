import { useId, useState } from 'react';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';

/** A new password typed twice; `onChange` gets it only when both agree (else null). */
export function NewPasswordFields({ email, onChange }: { email?: string; onChange: (password: string | null) => void }) {
  const { labels } = useI18n();
  const hintId = useId();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const update = (next: string, again: string) => {
    setPassword(next);
    setRepeat(again);
    onChange(next.length > 0 && next === again ? next : null);
  };
  const mismatch = repeat.length > 0 && repeat !== password;
  return (
    <>
      {/* lets a password manager save the new password for the right account */}
      {email && <input type="email" autoComplete="username" value={email} readOnly hidden />}
      <Field label={labels.account.newPassword}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            aria-describedby={hintId}
            value={password}
            onChange={(e) => update(e.target.value, repeat)}
          />
        )}
      </Field>
      <Field label={labels.account.repeatPassword}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            required
            maxLength={200}
            aria-invalid={mismatch}
            value={repeat}
            onChange={(e) => update(password, e.target.value)}
          />
        )}
      </Field>
      <p className="small muted" id={hintId}>
        {labels.account.passwordHint}
      </p>
      {mismatch && (
        <p className="alert error" role="alert">
          {labels.account.mismatch}
        </p>
      )}
    </>
  );
}
