import { useId, useState, type KeyboardEvent } from 'react';
import { cleanText, EnumSelect, fieldErrors, FieldErrorText, LocalizedInput } from '../../components/form';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useDebounced } from '../../lib/use-debounced';
import { ORGANIZATION_KINDS, useCreateOrganization, useOrganizations, usePeople, type OrganizationKind, type PersonDto } from './api';
import { positionLine } from '../event-detail/person-text';

/** A record chosen in a picker: its id and the name shown. */
export interface Picked {
  id: string;
  name: LocalizedText;
  detail?: string;
}

interface PickerProps {
  label: string;
  value: Picked[];
  onChange: (value: Picked[]) => void;
  /** one record only: choosing another replaces it */
  single?: boolean;
  errors?: string[];
}

/**
 * The shell of a search-as-you-type picker: chosen records as chips with a remove button, a search box
 * (Enter takes the first result), results as buttons. Keyboard: Tab through results, Enter or Space picks.
 */
function PickerShell({
  label,
  value,
  onChange,
  single,
  errors = [],
  q,
  setQ,
  results,
  extra,
}: PickerProps & { q: string; setQ: (q: string) => void; results: Picked[] | undefined; extra?: React.ReactNode }) {
  const { labels, text } = useI18n();
  const id = useId();
  const chosen = new Set(value.map((v) => v.id));
  const options = (results ?? []).filter((r) => !chosen.has(r.id));
  const pick = (item: Picked) => {
    onChange(single ? [item] : [...value, item]);
    setQ('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = options[0];
      if (first) pick(first);
    }
  };
  return (
    <fieldset className="picker" aria-describedby={errors.length > 0 ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {value.length > 0 && (
        <ul className="chips" aria-label={fill(labels.pickers.chosen, { label })}>
          {value.map((v, i) => (
            <li key={v.id} className="chip">
              {!single && value.length > 1 && <span className="muted small">{i + 1}.</span>}
              <span>{text(v.name)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={fill(labels.pickers.remove, { name: text(v.name) })}
                onClick={() => onChange(value.filter((x) => x.id !== v.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-q`} className="small">
          {fill(single && value.length > 0 ? labels.pickers.replace : labels.pickers.search, { label })}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          autoComplete="off"
          value={q}
          placeholder={labels.pickers.hint}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={errors.length > 0 ? true : undefined}
        />
      </div>
      {q.trim() && (
        <ul className="picker-results" aria-label={fill(labels.pickers.results, { label })}>
          {results === undefined && <li className="muted small">{labels.app.loading}</li>}
          {results !== undefined && options.length === 0 && <li className="muted small">{labels.pickers.none}</li>}
          {options.map((r) => (
            <li key={r.id}>
              <button type="button" className="picker-option" onClick={() => pick(r)}>
                <span className="strong">{text(r.name)}</span>
                {otherNames(r.name, text(r.name)) && <span lang="zh"> {otherNames(r.name, text(r.name))}</span>}
                {r.detail && <span className="small muted"> {r.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {extra}
      <FieldErrorText id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

/** The name in the other languages, so a match typed in one language is seen in it. */
const otherNames = (name: LocalizedText, shown: string) =>
  [...new Set([name.zh, name.ja, name.en].filter((n): n is string => !!n && n !== shown))].join(' · ');

export function OrganizationPicker(props: PickerProps & { allowCreate?: boolean }) {
  const { labels } = useI18n();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 150);
  const found = useOrganizations(debounced, 1, 8);
  const results =
    debounced.trim() && found.data ? found.data.items.map((o) => ({ id: o.id, name: o.name, detail: labels.orgKind[o.kind] })) : undefined;
  const [creating, setCreating] = useState(false);
  const extra =
    props.allowCreate !== false &&
    (creating ? (
      <NewOrganization
        initialName={q}
        onCancel={() => setCreating(false)}
        onCreated={(o) => {
          props.onChange(props.single ? [o] : [...props.value, o]);
          setCreating(false);
          setQ('');
        }}
      />
    ) : (
      q.trim() && (
        <button type="button" className="button quiet small-button" onClick={() => setCreating(true)}>
          {fill(labels.pickers.newOrganization, { name: q.trim() })}
        </button>
      )
    ));
  return <PickerShell {...props} q={q} setQ={setQ} results={results} extra={extra} />;
}

/** A small form inside a picker: records an organization and picks it. */
function NewOrganization({
  initialName,
  onCreated,
  onCancel,
}: {
  initialName: string;
  onCreated: (o: Picked) => void;
  onCancel: () => void;
}) {
  const { labels, lang } = useI18n();
  const [name, setName] = useState<LocalizedText>({ [lang]: initialName.trim() });
  const [kind, setKind] = useState<OrganizationKind | ''>('government');
  const [region, setRegion] = useState('');
  const create = useCreateOrganization();
  const save = () =>
    create.mutate(
      { name: cleanText(name) ?? {}, kind: kind || 'other', region: region.trim() || null },
      { onSuccess: (o) => onCreated({ id: o.id, name: o.name, detail: labels.orgKind[o.kind] }) },
    );
  const errors = fieldErrors(create.error);
  return (
    <div className="subform" role="group" aria-label={labels.orgs.new}>
      <LocalizedInput label={labels.orgs.name} value={name} onChange={setName} errors={errors('name')} required />
      <div className="row">
        <EnumSelect label={labels.orgs.kind} value={kind} options={ORGANIZATION_KINDS} names={labels.orgKind} onChange={setKind} />
        <div className="field">
          <label htmlFor="new-org-region">{labels.orgs.region}</label>
          <input id="new-org-region" value={region} onChange={(e) => setRegion(e.target.value)} placeholder={labels.orgs.regionHint} />
        </div>
      </div>
      {create.isError && <ErrorMessage error={create.error} inline />}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={save} disabled={create.isPending}>
          {labels.orgs.create}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {labels.form.cancel}
        </button>
      </div>
    </div>
  );
}

export const pickedPerson = (p: PersonDto, text: (t: LocalizedText | null | undefined) => string): Picked => ({
  id: p.id,
  name: p.name,
  detail: positionLine(p, text),
});

export function PersonPicker(props: PickerProps) {
  const { text } = useI18n();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 150);
  const found = usePeople(debounced, { pageSize: 8, enabled: debounced.trim() !== '' });
  const results = debounced.trim() && found.data ? found.data.items.map((p) => pickedPerson(p, text)) : undefined;
  return <PickerShell {...props} q={q} setQ={setQ} results={results} />;
}
