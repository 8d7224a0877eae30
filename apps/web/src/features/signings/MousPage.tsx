import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import type { EventDto, LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useMous } from '../event-detail/api';
import { OrganizationPicker, PersonPicker, pickedPerson, type Picked } from '../people/pickers';
import { DOCUMENT_TYPES, MOU_STATUSES, SECTORS, useDeleteMou, useSaveMou, type Mou, type Sector } from './api';
import { RecordListSection, RecordRow } from './parts';

export function MousPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="mous">
      {(event) => <Mous event={event} />}
    </EventFrame>
  );
}

function Mous({ event }: { event: EventDto }) {
  const { labels, text } = useI18n();
  const mous = useMous(event.id);
  const remove = useDeleteMou(event.id);
  const [editing, setEditing] = useState<Mou | null>(null);
  const items = mous.data?.items ?? [];
  return (
    <>
      <RecordListSection
        id="mous-head"
        title={labels.event.mous}
        empty={labels.mous.none}
        list={mous}
        removeError={remove.isError ? remove.error : null}
      >
        {items.map((m) => (
          <RecordRow key={m.id} name={text(m.title)} onEdit={() => setEditing(m)} onRemove={() => remove.mutate(m.id)}>
            <span className="strong">{text(m.title)}</span> <span className="badge neutral">{labels.mouStatus[m.status]}</span>{' '}
            <Link to={`/follow-up/mous/${m.id}`} aria-label={fill(labels.mouFollowUp.openNamed, { title: text(m.title) })}>
              {labels.mouFollowUp.open}
            </Link>
            <div className="small">
              {m.parties
                .map((p) => [text(p.organization.name), p.signatory && text(p.signatory.name)].filter(Boolean).join(': '))
                .join(' · ')}
            </div>
          </RecordRow>
        ))}
      </RecordListSection>
      <MouForm key={editing?.id ?? 'new'} event={event} mou={editing} nextOrder={items.length} onDone={() => setEditing(null)} />
    </>
  );
}

interface PartyRow {
  key: number;
  organization: Picked[];
  signatory: Picked[];
}
interface Form {
  title: LocalizedText;
  documentType: NonNullable<Mou['documentType']> | '';
  status: Mou['status'] | '';
  signedOn: string;
  sectors: Sector[];
  purpose: LocalizedText;
  parties: PartyRow[];
  witnesses: Picked[];
}
let partyKey = 0;
const newParty = (): PartyRow => ({ key: ++partyKey, organization: [], signatory: [] });

function MouForm({ event, mou, nextOrder, onDone }: { event: EventDto; mou: Mou | null; nextOrder: number; onDone: () => void }) {
  const { labels, text } = useI18n();
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(event.startsAt),
  );
  const empty: Form = {
    title: {},
    documentType: 'mou',
    status: 'signed',
    signedOn: day,
    sectors: [],
    purpose: {},
    parties: [newParty(), newParty()],
    witnesses: [],
  };
  const form = useFormState<Form>(
    mou
      ? {
          title: mou.title,
          documentType: mou.documentType ?? '',
          status: mou.status,
          signedOn: mou.signedOn ?? '',
          sectors: mou.sectors,
          purpose: mou.purpose ?? {},
          parties: mou.parties.map((p) => ({
            key: ++partyKey,
            organization: [{ id: p.organization.id, name: p.organization.name }],
            signatory: p.signatory ? [pickedPerson(p.signatory, text)] : [],
          })),
          witnesses: mou.witnesses.map((w) => pickedPerson(w, text)),
        }
      : empty,
  );
  const save = useSaveMou(event.id);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const setParty = (i: number, change: Partial<PartyRow>) =>
    form.set({ parties: f.parties.map((p, j) => (j === i ? { ...p, ...change } : p)) });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: mou?.id ?? null,
        body: {
          title: cleanText(f.title) ?? {},
          ...(f.documentType && { documentType: f.documentType }),
          status: f.status || 'signed',
          signedOn: f.signedOn || null,
          sectors: f.sectors,
          purpose: cleanText(f.purpose),
          parties: f.parties
            .filter((p) => p.organization.length > 0 || p.signatory.length > 0)
            .map((p) => ({ organizationId: p.organization[0]?.id ?? '', signatoryId: p.signatory[0]?.id ?? null })),
          witnessIds: f.witnesses.map((w) => w.id),
          order: mou?.order ?? nextOrder,
        },
      },
      {
        onSuccess: (m) => {
          form.replace(empty);
          form.markSaved();
          setSaved(fill(labels.form.savedName, { name: text(m.title) }));
          onDone();
        },
      },
    );
  };
  const title = mou ? labels.mouForm.edit : labels.mouForm.add;
  return (
    <section className="card" aria-labelledby="mou-form-head">
      <h2 id="mou-form-head">{title}</h2>
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <LocalizedInput
          label={labels.mous.title}
          value={f.title}
          onChange={(t) => form.set({ title: t })}
          errors={errors('title')}
          required
          maxLength={500}
        />
        <div className="row">
          <EnumSelect
            label={labels.mouForm.documentType}
            value={f.documentType}
            options={DOCUMENT_TYPES}
            names={labels.documentType}
            onChange={(documentType) => form.set({ documentType })}
            errors={errors('documentType')}
          />
          <EnumSelect
            label={labels.mous.status}
            value={f.status}
            options={MOU_STATUSES}
            names={labels.mouStatus}
            onChange={(status) => form.set({ status })}
            errors={errors('status')}
          />
          <FormField label={labels.mous.signedOn} errors={errors('signedOn')}>
            {(props) => <input {...props} type="date" value={f.signedOn} onChange={(e) => form.set({ signedOn: e.target.value })} />}
          </FormField>
        </div>
        <SectorChecks value={f.sectors} onChange={(sectors) => form.set({ sectors })} errors={errors('sectors')} />
        <LocalizedInput
          label={labels.mouForm.purpose}
          value={f.purpose}
          onChange={(purpose) => form.set({ purpose })}
          errors={errors('purpose')}
          multiline
          maxLength={2000}
        />
        <section className="form-section" aria-labelledby="parties-head">
          <h3 id="parties-head">{labels.mous.parties}</h3>
          <ol className="position-list">
            {f.parties.map((p, i) => (
              <li key={p.key} className="position-row two-up">
                <OrganizationPicker
                  label={fill(labels.mouForm.party, { n: i + 1 })}
                  value={p.organization}
                  onChange={(organization) => setParty(i, { organization })}
                  errors={errors(`parties.${i}.organizationId`)}
                  single
                />
                <PersonPicker
                  label={fill(labels.mouForm.signatory, { n: i + 1 })}
                  value={p.signatory}
                  onChange={(signatory) => setParty(i, { signatory })}
                  errors={errors(`parties.${i}.signatoryId`)}
                  single
                />
                <button
                  type="button"
                  className="button quiet"
                  aria-label={fill(labels.form.removeItem, { name: fill(labels.mouForm.party, { n: i + 1 }) })}
                  onClick={() => form.set({ parties: f.parties.filter((_, j) => j !== i) })}
                >
                  {labels.form.remove}
                </button>
              </li>
            ))}
          </ol>
          {errors('parties').length > 0 && <p className="field-error">{errors('parties').join(' ')}</p>}
          <button type="button" className="button" onClick={() => form.set({ parties: [...f.parties, newParty()] })}>
            {labels.mouForm.addParty}
          </button>
        </section>
        <PersonPicker
          label={labels.mouForm.witnesses}
          value={f.witnesses}
          onChange={(witnesses) => form.set({ witnesses })}
          errors={errors('witnessIds')}
        />
        {save.isError && <ErrorMessage error={save.error} inline />}
        <FormActions pending={save.isPending} submit={mou ? labels.form.save : labels.mouForm.addButton} saved={saved}>
          {mou && (
            <button type="button" className="button quiet" onClick={onDone}>
              {labels.form.cancel}
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}

export function SectorChecks({ value, onChange, errors }: { value: Sector[]; onChange: (v: Sector[]) => void; errors: string[] }) {
  const { labels } = useI18n();
  return (
    <fieldset className="checks">
      <legend>{labels.mouForm.sectors}</legend>
      {SECTORS.map((s) => (
        <label key={s} className="check">
          <input
            type="checkbox"
            checked={value.includes(s)}
            onChange={(e) => onChange(e.target.checked ? [...value, s] : value.filter((x) => x !== s))}
          />
          {labels.sector[s]}
        </label>
      ))}
      {errors.length > 0 && <p className="field-error">{errors.join(' ')}</p>}
    </fieldset>
  );
}
