import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import { Loading } from '../../components/Spinner';
import type { LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { OrganizationPicker, type Picked } from '../people/pickers';
import {
  DELIVERABLE_STATUSES,
  useMouFollowUp,
  useOrganization,
  useRemoveDeliverable,
  useSaveDeliverable,
  useSaveMouFollowUp,
  type Deliverable,
  type DeliverableStatus,
  type MouFollowUp,
} from './api';
import { ConfirmButton } from '../../components/ConfirmButton';

/** One MoU's follow-up: its term (expiry, renewal, note) and its deliverables; organizers change them, officials read. */
export function MouFollowUpPage({ mouId, canEdit }: { mouId: string; canEdit: boolean }) {
  const { labels, text } = useI18n();
  const mou = useMouFollowUp(mouId);
  if (mou.isPending) return <Loading />;
  if (mou.isError) return <ErrorMessage error={mou.error} onRetry={() => void mou.refetch()} />;
  const m = mou.data;
  return (
    <>
      <div className="page-head">
        <div>
          <p className="small">
            <Link to={canEdit ? `/events/${m.eventId}/mous` : `/events/${m.eventId}`}>{labels.mouFollowUp.event}</Link> ·{' '}
            <Link to="/pipeline">{labels.followUp.pipeline}</Link>
          </p>
          <h1>{fill(labels.mouFollowUp.title, { title: text(m.title) })}</h1>
          <p className="muted">
            {m.signedOn && `${fill(labels.mouFollowUp.signedOn, { date: m.signedOn })} · `}
            {canEdit ? labels.mouFollowUp.lead : labels.mouFollowUp.readOnly}
          </p>
        </div>
      </div>
      {canEdit ? <TermForm mou={m} /> : <Term mou={m} />}
      <Deliverables mou={m} canEdit={canEdit} />
    </>
  );
}

function Term({ mou }: { mou: MouFollowUp }) {
  const { labels } = useI18n();
  return (
    <section className="card" aria-labelledby="term-head">
      <h2 id="term-head">{labels.mouFollowUp.dates}</h2>
      <dl className="facts">
        <dt>{labels.mouFollowUp.expiresOn}</dt>
        <dd>{mou.expiresOn ?? labels.mouFollowUp.none}</dd>
        <dt>{labels.mouFollowUp.renewalOn}</dt>
        <dd>{mou.renewalOn ?? labels.mouFollowUp.none}</dd>
        {mou.note && (
          <>
            <dt>{labels.mouFollowUp.note}</dt>
            <dd>{mou.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function TermForm({ mou }: { mou: MouFollowUp }) {
  const { labels } = useI18n();
  const form = useFormState({ expiresOn: mou.expiresOn ?? '', renewalOn: mou.renewalOn ?? '', note: mou.note ?? '' });
  const save = useSaveMouFollowUp(mou.mouId);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    save.mutate(
      { expiresOn: f.expiresOn || null, renewalOn: f.renewalOn || null, note: f.note.trim() || null },
      {
        onSuccess: () => {
          form.markSaved();
          setSaved(labels.form.saved);
        },
      },
    );
  };
  const fieldLevel = ['expiresOn', 'renewalOn', 'note'].some((k) => errors(k).length > 0);
  return (
    <section className="card" aria-labelledby="term-head">
      <h2 id="term-head">{labels.mouFollowUp.dates}</h2>
      <form className="record-form" onSubmit={submit} noValidate aria-label={labels.mouFollowUp.dates}>
        <div className="form-grid">
          <FormField label={labels.mouFollowUp.expiresOn} hint={labels.mouFollowUp.expiresHint} errors={errors('expiresOn')}>
            {(props) => <input {...props} type="date" value={f.expiresOn} onChange={(e) => form.set({ expiresOn: e.target.value })} />}
          </FormField>
          <FormField label={labels.mouFollowUp.renewalOn} errors={errors('renewalOn')}>
            {(props) => <input {...props} type="date" value={f.renewalOn} onChange={(e) => form.set({ renewalOn: e.target.value })} />}
          </FormField>
          <FormField label={labels.mouFollowUp.note} errors={errors('note')} className="wide">
            {(props) => <textarea {...props} rows={2} value={f.note} onChange={(e) => form.set({ note: e.target.value })} />}
          </FormField>
        </div>
        {save.isError && !fieldLevel && <ErrorMessage error={save.error} inline />}
        <FormActions pending={save.isPending} submit={labels.mouFollowUp.saveDates} saved={saved} />
      </form>
    </section>
  );
}

function Deliverables({ mou, canEdit }: { mou: MouFollowUp; canEdit: boolean }) {
  const { labels, text } = useI18n();
  const [editing, setEditing] = useState<Deliverable | null>(null);
  const save = useSaveDeliverable(mou.mouId);
  const remove = useRemoveDeliverable(mou.mouId);
  return (
    <>
      <section className="card" aria-labelledby="deliverables-head">
        <h2 id="deliverables-head">{labels.mouFollowUp.deliverables}</h2>
        {mou.deliverables.length === 0 && <p className="empty">{labels.mouFollowUp.noDeliverables}</p>}
        <ol className="record-list" aria-label={labels.mouFollowUp.deliverables}>
          {mou.deliverables.map((d) => {
            const name = text(d.title);
            return (
              <li key={d.id} className="record-row">
                <div className="grow">
                  <span className="strong">{name}</span>{' '}
                  <span className={`badge ${d.status === 'done' ? 'success' : 'neutral'}`}>{labels.mouFollowUp.statuses[d.status]}</span>
                  <div className="small">
                    <OwnerLine deliverable={d} />
                  </div>
                </div>
                {canEdit && (
                  <div className="row-tools">
                    {d.status === 'open' && (
                      <button
                        type="button"
                        className="button"
                        disabled={save.isPending}
                        aria-label={fill(labels.mouFollowUp.markDoneNamed, { name })}
                        onClick={() => save.mutate({ id: d.id, body: { status: 'done' } })}
                      >
                        {labels.mouFollowUp.markDone}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={fill(labels.form.editItem, { name })}
                      onClick={() => setEditing(d)}
                    >
                      {labels.form.edit}
                    </button>
                    <ConfirmButton
                      name={fill(labels.form.removeItem, { name })}
                      confirm={fill(labels.form.deleteConfirm, { name })}
                      onConfirm={() => remove.mutate(d.id)}
                    >
                      {labels.form.remove}
                    </ConfirmButton>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {save.isError && !editing && <ErrorMessage error={save.error} />}
        {remove.isError && <ErrorMessage error={remove.error} />}
      </section>
      {canEdit && <DeliverableForm key={editing?.id ?? 'new'} mouId={mou.mouId} deliverable={editing} onDone={() => setEditing(null)} />}
    </>
  );
}

function OwnerLine({ deliverable: d }: { deliverable: Deliverable }) {
  const { labels, text } = useI18n();
  const organization = useOrganization(d.ownerOrganizationId);
  return (
    <>
      {[
        d.owner,
        organization.data && text(organization.data.name),
        d.dueOn ? fill(labels.mouFollowUp.due, { date: d.dueOn }) : labels.mouFollowUp.noDue,
      ]
        .filter(Boolean)
        .join(' · ')}
    </>
  );
}

interface Form {
  title: LocalizedText;
  owner: string;
  organization: Picked[];
  dueOn: string;
  status: DeliverableStatus | '';
}

function DeliverableForm({ mouId, deliverable, onDone }: { mouId: string; deliverable: Deliverable | null; onDone: () => void }) {
  const { labels, text } = useI18n();
  const organization = useOrganization(deliverable?.ownerOrganizationId ?? null);
  const empty: Form = { title: {}, owner: '', organization: [], dueOn: '', status: 'open' };
  const form = useFormState<Form>(
    deliverable
      ? {
          title: deliverable.title,
          owner: deliverable.owner ?? '',
          organization: [],
          dueOn: deliverable.dueOn ?? '',
          status: deliverable.status,
        }
      : empty,
  );
  // the owner organization's name arrives after the form opens: show it unless it was already changed
  const [orgTouched, setOrgTouched] = useState(false);
  const picked: Picked[] =
    !orgTouched && organization.data ? [{ id: organization.data.id, name: organization.data.name }] : form.value.organization;
  const save = useSaveDeliverable(mouId);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const body = {
      title: cleanText(f.title) ?? {},
      owner: f.owner.trim() || null,
      ownerOrganizationId: picked[0]?.id ?? null,
      dueOn: f.dueOn || null,
      status: f.status || 'open',
    } as const;
    save.mutate(deliverable ? { id: deliverable.id, body } : { id: null, body }, {
      onSuccess: (d) => {
        form.replace(empty);
        form.markSaved();
        setOrgTouched(true);
        setSaved(fill(labels.form.savedName, { name: text(d.title) }));
        onDone();
      },
    });
  };
  const title = deliverable ? labels.mouFollowUp.edit : labels.mouFollowUp.add;
  const fieldLevel = ['title', 'owner', 'ownerOrganizationId', 'dueOn', 'status'].some((k) => errors(k).length > 0);
  return (
    <section className="card" aria-labelledby="deliverable-form-head">
      <h2 id="deliverable-form-head">{title}</h2>
      <form className="record-form" onSubmit={submit} noValidate aria-label={title}>
        <LocalizedInput
          label={labels.mouFollowUp.deliverable}
          value={f.title}
          onChange={(t) => form.set({ title: t })}
          errors={errors('title')}
          required
          maxLength={500}
        />
        <div className="row">
          <FormField label={labels.mouFollowUp.owner} errors={errors('owner')}>
            {(props) => (
              <input {...props} type="text" maxLength={200} value={f.owner} onChange={(e) => form.set({ owner: e.target.value })} />
            )}
          </FormField>
          <FormField label={labels.mouFollowUp.dueOn} errors={errors('dueOn')}>
            {(props) => <input {...props} type="date" value={f.dueOn} onChange={(e) => form.set({ dueOn: e.target.value })} />}
          </FormField>
          <EnumSelect
            label={labels.mouFollowUp.status}
            value={f.status}
            options={DELIVERABLE_STATUSES}
            names={labels.mouFollowUp.statuses}
            onChange={(status) => form.set({ status })}
            errors={errors('status')}
          />
        </div>
        <OrganizationPicker
          label={labels.mouFollowUp.ownerOrganization}
          value={picked}
          onChange={(value) => {
            setOrgTouched(true);
            form.set({ organization: value });
          }}
          errors={errors('ownerOrganizationId')}
          single
        />
        {save.isError && !fieldLevel && <ErrorMessage error={save.error} inline />}
        <FormActions pending={save.isPending} submit={deliverable ? labels.form.save : labels.mouFollowUp.addButton} saved={saved}>
          {deliverable && (
            <button type="button" className="button quiet" onClick={onDone}>
              {labels.form.cancel}
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
