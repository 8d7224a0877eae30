import { useId, useState, type ReactNode } from 'react';
import { ApiError, type Language, type LocalizedText } from '../lib/api';
import { LANGUAGES, useI18n } from '../lib/i18n';
import { useLeaveWarning } from '../lib/router';

/** The API's messages for one field (`title`) and the fields inside it (`title.en`, `positions.0.title.zh`). */
export type FieldErrors = (path: string) => string[];

export function fieldErrors(error: unknown): FieldErrors {
  const details = error instanceof ApiError && Array.isArray(error.details) ? error.details : [];
  return (path) =>
    details.filter((d) => d.field === path || d.field.startsWith(`${path}.`) || d.field.startsWith(`${path}[`)).flatMap((d) => d.messages);
}

/** Props that tie a control to its label, its hint and its errors. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled control with a hint and the API's errors for it right below. */
export function FormField({
  label,
  errors = [],
  hint,
  className,
  children,
}: {
  label: string;
  errors?: string[];
  hint?: string;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(errors.length > 0 && { 'aria-invalid': true }), ...(described && { 'aria-describedby': described }) })}
      {hint && (
        <span id={`${id}-hint`} className="small muted">
          {hint}
        </span>
      )}
      <FieldErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrorText({ id, errors }: { id?: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <span id={id} className="field-error">
      {errors.join(' ')}
    </span>
  );
}

/** One text in zh, ja and en side by side; an empty language is left out of the value. */
export function LocalizedInput({
  label,
  value,
  onChange,
  errors = [],
  multiline = false,
  required = false,
  maxLength,
  hint,
}: {
  label: string;
  value: LocalizedText | null | undefined;
  onChange: (value: LocalizedText) => void;
  errors?: string[];
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  hint?: string;
}) {
  const { labels } = useI18n();
  const id = useId();
  const set = (lang: Language, text: string) => {
    const next: LocalizedText = { ...(value ?? {}) };
    if (text) next[lang] = text;
    else delete next[lang];
    onChange(next);
  };
  const described = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="localized" aria-describedby={described}>
      <legend>
        <span id={`${id}-legend`}>{label}</span>
        {required && <span className="muted small"> · {labels.form.oneLanguageAtLeast}</span>}
      </legend>
      <div className="localized-row">
        {LANGUAGES.map((lang) => {
          const props = {
            id: `${id}-${lang}`,
            lang,
            value: value?.[lang] ?? '',
            maxLength,
            'aria-labelledby': `${id}-legend ${id}-${lang}-label`,
            'aria-invalid': errors.length > 0 ? (true as const) : undefined,
            onChange: (e: { target: { value: string } }) => set(lang, e.target.value),
          };
          return (
            <div key={lang} className="field">
              <label id={`${id}-${lang}-label`} htmlFor={`${id}-${lang}`} className="lang-label">
                {labels.lang[lang]}
              </label>
              {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
            </div>
          );
        })}
      </div>
      {hint && (
        <span id={`${id}-hint`} className="small muted">
          {hint}
        </span>
      )}
      <FieldErrorText id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

/** Drops empty languages; null when no language is left (the API's "no text"). */
export function cleanText(value: LocalizedText | null | undefined): LocalizedText | null {
  if (!value) return null;
  const out: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const text = value[lang]?.trim();
    if (text) out[lang] = text;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** A select over an enum, with the labels of its values. */
export function EnumSelect<T extends string>({
  label,
  value,
  options,
  names,
  onChange,
  errors,
  empty,
  className,
}: {
  label: string;
  value: T | '' | null | undefined;
  options: readonly T[];
  names: Record<T, string>;
  onChange: (value: T | '') => void;
  errors?: string[];
  empty?: string;
  className?: string;
}) {
  return (
    <FormField label={label} errors={errors} className={className}>
      {(props) => (
        <select {...props} value={value ?? ''} onChange={(e) => onChange(e.target.value as T | '')}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {names[o]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/**
 * Form state that remembers whether it changed: the page asks before it is left with unsaved changes,
 * and the values stay as typed when the API refuses them.
 */
export function useFormState<T>(initial: T): {
  value: T;
  set: (change: Partial<T>) => void;
  replace: (value: T) => void;
  dirty: boolean;
  markSaved: () => void;
} {
  const { labels } = useI18n();
  const [value, setValue] = useState(initial);
  const [dirty, setDirty] = useState(false);
  useLeaveWarning(dirty, labels.form.leaveWarning);
  return {
    value,
    set: (change) => {
      setValue((v) => ({ ...v, ...change }));
      setDirty(true);
    },
    replace: (next) => {
      setValue(next);
      setDirty(true);
    },
    dirty,
    markSaved: () => setDirty(false),
  };
}

/** The save bar of a form: the submit button, a cancel link and what happened last. */
export function FormActions({
  pending,
  submit,
  saved,
  children,
}: {
  pending: boolean;
  submit: string;
  saved?: string | null;
  children?: ReactNode;
}) {
  const { labels } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? labels.form.saving : submit}
      </button>
      {children}
      <span role="status" className="small muted">
        {saved ?? ''}
      </span>
    </div>
  );
}
