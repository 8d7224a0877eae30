import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import { Loading } from '../../components/Spinner';
import type { LocalizedText } from '../../lib/api';
import { fill, LANGUAGES, useI18n } from '../../lib/i18n';
import { Link, useRouter } from '../../lib/router';
import { positionLine } from '../event-detail/person-text';
import { findSamePeople, useMergePeople, usePerson, useSavePerson, useSuspectedDuplicates, type PersonDto } from './api';
import { OrganizationPicker, type Picked } from './pickers';

interface PositionRow {
  key: number;
  title: LocalizedText;
  organization: Picked[];
}
interface PersonForm {
  name: LocalizedText;
  familyName: LocalizedText;
  positions: PositionRow[];
  protocolRank: string;
  note: string;
}

let rowKey = 0;
const toForm = (p: PersonDto | null): PersonForm => ({
  name: p?.name ?? {},
  familyName: p?.familyName ?? {},
  positions: (p?.positions ?? []).map((pos) => ({
    key: ++rowKey,
    title: pos.title,
    organization: pos.organization ? [{ id: pos.organization.id, name: pos.organization.name }] : [],
  })),
  protocolRank: String(p?.protocolRank ?? 100),
  note: p?.note ?? '',
});

export function PersonFormPage({ personId }: { personId: string | null }) {
  const person = usePerson(personId);
  if (personId && person.isPending) return <Loading />;
  if (personId && person.isError) return <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />;
  return <PersonForm key={personId ?? 'new'} person={person.data ?? null} />;
}

/** People of the same name (in any language) holding a position in one of the same organizations. */
function findDuplicates(form: PersonForm): Promise<PersonDto[]> {
  return findSamePeople(
    LANGUAGES.map((l) => form.name[l]?.trim()).filter((n): n is string => !!n),
    form.positions.flatMap((p) => p.organization.map((o) => o.id)),
  );
}

function PersonForm({ person }: { person: PersonDto | null }) {
  const { labels, text } = useI18n();
  const form = useFormState<PersonForm>(toForm(person));
  const save = useSavePerson(person?.id ?? null);
  const merge = useMergePeople();
  const { navigate, location, setBlocker } = useRouter();
  const suspected = useSuspectedDuplicates(person);
  const [duplicates, setDuplicates] = useState<PersonDto[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;

  const setPosition = (index: number, change: Partial<PositionRow>) =>
    form.set({ positions: f.positions.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  const move = (index: number, by: number) => {
    const next = [...f.positions];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index + by, 0, row);
    form.set({ positions: next });
  };

  const body = () => {
    const rank = Number(f.protocolRank);
    return {
      name: cleanText(f.name) ?? {},
      familyName: cleanText(f.familyName),
      positions: f.positions.map((p) => ({ title: cleanText(p.title) ?? {}, organizationId: p.organization[0]?.id ?? null })),
      ...(f.protocolRank.trim() && { protocolRank: Number.isFinite(rank) ? rank : (f.protocolRank as unknown as number) }),
      note: f.note.trim() || null,
    };
  };

  const submit = async (confirmed: boolean) => {
    if (!person && !confirmed) {
      const found = await findDuplicates(f);
      if (found.length > 0) {
        setDuplicates(found);
        return;
      }
    }
    setDuplicates(null);
    save.mutate(body(), {
      onSuccess: (p) => {
        // a new person: the form empties for the next one (a secretary records a dozen in a row)
        if (!person) form.replace(toForm(null));
        form.markSaved();
        setSaved(fill(labels.form.savedName, { name: text(p.name) }));
      },
    });
  };

  /** What was typed goes into the existing record: recorded, then merged into it by the server's rule. */
  const mergeInto = (existing: PersonDto) => {
    setDuplicates(null);
    save.mutate(body(), {
      onSuccess: (created) =>
        merge.mutate(
          { keptId: existing.id, duplicateId: created.id },
          {
            onSuccess: (result) => {
              form.markSaved();
              // what was typed is saved: leaving asks nothing
              setBlocker(null);
              navigate(`/people/${result.person.id}?merged=1`);
            },
          },
        ),
    });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(false);
  };

  return (
    <>
      <nav aria-label="breadcrumb" className="breadcrumb">
        <Link to="/people">← {labels.people.title}</Link>
      </nav>
      <div className="page-head">
        <h1>{person ? text(person.name) : labels.people.new}</h1>
        {person && (
          <Link to={`/people/${person.id}/merge`} className="button">
            {labels.merge.withOther}
          </Link>
        )}
      </div>
      {person && location.search.get('merged') && (
        <p className="alert success" role="status">
          {fill(labels.merge.done, { name: text(person.name) })}
        </p>
      )}
      {person && suspected.data && suspected.data.length > 0 && (
        <div className="alert warning" role="status">
          <p>{labels.merge.suspected}</p>
          <ul>
            {suspected.data.map((d) => (
              <li key={d.id}>
                <Link to={`/people/${d.id}`}>{text(d.name)}</Link> <span className="muted">{positionLine(d, text)}</span>{' '}
                <Link to={`/people/${person.id}/merge?with=${d.id}`} className="button small">
                  {labels.merge.offer}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="record-form" onSubmit={onSubmit} noValidate>
        <LocalizedInput
          label={labels.people.name}
          value={f.name}
          onChange={(name) => form.set({ name })}
          errors={errors('name')}
          required
          maxLength={200}
        />
        <LocalizedInput
          label={labels.people.familyName}
          value={f.familyName}
          onChange={(familyName) => form.set({ familyName })}
          errors={errors('familyName')}
          hint={labels.people.familyNameHint}
          maxLength={100}
        />
        <section className="form-section" aria-labelledby="positions-head">
          <h2 id="positions-head">{labels.people.positions}</h2>
          <p className="small muted">{labels.people.positionsHint}</p>
          <FieldErrorList errors={errors('positions').length > 0 && f.positions.length === 0 ? errors('positions') : []} />
          <ol className="position-list">
            {f.positions.map((p, i) => (
              <li key={p.key} className="position-row">
                <div className="position-head">
                  <strong>{fill(labels.people.positionN, { n: i + 1 })}</strong>
                  <div className="row-tools">
                    <button
                      type="button"
                      className="button quiet"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={fill(labels.form.moveUp, { name: fill(labels.people.positionN, { n: i + 1 }) })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button quiet"
                      disabled={i === f.positions.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={fill(labels.form.moveDown, { name: fill(labels.people.positionN, { n: i + 1 }) })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button quiet"
                      onClick={() => form.set({ positions: f.positions.filter((_, j) => j !== i) })}
                      aria-label={fill(labels.form.removeItem, { name: fill(labels.people.positionN, { n: i + 1 }) })}
                    >
                      {labels.form.remove}
                    </button>
                  </div>
                </div>
                <LocalizedInput
                  label={fill(labels.people.positionTitle, { n: i + 1 })}
                  value={p.title}
                  onChange={(title) => setPosition(i, { title })}
                  errors={errors(`positions.${i}.title`)}
                  required
                  maxLength={500}
                />
                <OrganizationPicker
                  label={fill(labels.people.positionOrg, { n: i + 1 })}
                  value={p.organization}
                  onChange={(organization) => setPosition(i, { organization })}
                  errors={errors(`positions.${i}.organizationId`)}
                  single
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() => form.set({ positions: [...f.positions, { key: ++rowKey, title: {}, organization: [] }] })}
          >
            {labels.people.addPosition}
          </button>
        </section>
        <div className="row">
          <FormField label={labels.people.rank} errors={errors('protocolRank')} hint={labels.people.rankHint}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={100000}
                step={1}
                value={f.protocolRank}
                onChange={(e) => form.set({ protocolRank: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={labels.people.note} errors={errors('note')} className="grow">
            {(props) => <input {...props} value={f.note} maxLength={2000} onChange={(e) => form.set({ note: e.target.value })} />}
          </FormField>
        </div>
        {duplicates && (
          <div className="alert warning" role="alert">
            <p>{labels.people.duplicateWarning}</p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link to={`/people/${d.id}`}>{text(d.name)}</Link> <span className="muted">{positionLine(d, text)}</span>{' '}
                  <button type="button" className="button small" onClick={() => mergeInto(d)}>
                    {labels.merge.intoThis}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={() => void submit(true)}>
              {labels.people.createAnyway}
            </button>
          </div>
        )}
        {save.isError && <ErrorMessage error={save.error} inline />}
        {merge.isError && <ErrorMessage error={merge.error} inline />}
        <FormActions pending={save.isPending || merge.isPending} submit={person ? labels.form.save : labels.people.create} saved={saved}>
          {!person && (
            <Link to="/people" className="button quiet">
              {labels.form.cancel}
            </Link>
          )}
        </FormActions>
      </form>
    </>
  );
}

function FieldErrorList({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return <p className="field-error">{errors.join(' ')}</p>;
}
