import { useState, type FormEvent } from 'react';
import { EventFrame } from '../../components/EventHeader';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import type { EventDto, LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useProjects } from '../event-detail/api';
import { OrganizationPicker, type Picked } from '../people/pickers';
import { CURRENCIES, PROJECT_STATUSES, SECTORS, useDeleteProject, useSaveProject, type Project, type Sector } from './api';
import { RecordListSection, RecordRow } from './parts';

export function ProjectsPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="projects">
      {(event) => <Projects event={event} />}
    </EventFrame>
  );
}

function Projects({ event }: { event: EventDto }) {
  const { labels, text, locale } = useI18n();
  const projects = useProjects(event.id);
  const remove = useDeleteProject(event.id);
  const [editing, setEditing] = useState<Project | null>(null);
  const items = projects.data?.items ?? [];
  return (
    <>
      <RecordListSection
        id="projects-head"
        title={labels.event.projects}
        empty={labels.projects.none}
        list={projects}
        removeError={remove.isError ? remove.error : null}
      >
        {items.map((p) => (
          <RecordRow key={p.id} name={text(p.title)} onEdit={() => setEditing(p)} onRemove={() => remove.mutate(p.id)}>
            <span className="strong">{text(p.title)}</span> {p.sector && <span className="badge neutral">{labels.sector[p.sector]}</span>}
            {p.amount && p.currency && (
              <span className="small">
                {' '}
                {new Intl.NumberFormat(locale, { style: 'currency', currency: p.currency, maximumFractionDigits: 2 }).format(
                  Number(p.amount),
                )}
              </span>
            )}
            <div className="small muted">{p.parties.map((o) => text(o.name)).join(' · ')}</div>
          </RecordRow>
        ))}
      </RecordListSection>
      <ProjectForm key={editing?.id ?? 'new'} event={event} project={editing} nextOrder={items.length} onDone={() => setEditing(null)} />
    </>
  );
}

interface Form {
  title: LocalizedText;
  sector: Sector | '';
  amount: string;
  currency: string;
  status: Project['status'] | '';
  parties: Picked[];
}
const EMPTY: Form = { title: {}, sector: '', amount: '', currency: '', status: 'signed', parties: [] };

function ProjectForm({
  event,
  project,
  nextOrder,
  onDone,
}: {
  event: EventDto;
  project: Project | null;
  nextOrder: number;
  onDone: () => void;
}) {
  const { labels, text } = useI18n();
  const form = useFormState<Form>(
    project
      ? {
          title: project.title,
          sector: project.sector ?? '',
          amount: project.amount ?? '',
          currency: project.currency ?? '',
          status: project.status,
          parties: project.parties.map((o) => ({ id: o.id, name: o.name })),
        }
      : EMPTY,
  );
  const save = useSaveProject(event.id);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: project?.id ?? null,
        body: {
          title: cleanText(f.title) ?? {},
          sector: f.sector || null,
          amount: f.amount.trim().replace(/,/g, '') || null,
          currency: f.currency.trim().toUpperCase() || null,
          status: f.status || 'signed',
          partyIds: f.parties.map((o) => o.id),
          order: project?.order ?? nextOrder,
        },
      },
      {
        onSuccess: (p) => {
          // the next project of a signing often shares the parties' side: keep the sector and currency
          form.replace({ ...EMPTY, sector: f.sector, currency: f.currency });
          form.markSaved();
          setSaved(fill(labels.form.savedName, { name: text(p.title) }));
          onDone();
        },
      },
    );
  };
  const title = project ? labels.projectForm.edit : labels.projectForm.add;
  return (
    <section className="card" aria-labelledby="project-form-head">
      <h2 id="project-form-head">{title}</h2>
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <LocalizedInput
          label={labels.projects.name}
          value={f.title}
          onChange={(t) => form.set({ title: t })}
          errors={errors('title')}
          required
          maxLength={500}
        />
        <div className="row">
          <EnumSelect
            label={labels.projects.sector}
            value={f.sector}
            options={SECTORS}
            names={labels.sector}
            onChange={(sector) => form.set({ sector })}
            empty="—"
            errors={errors('sector')}
          />
          <FormField label={labels.projects.amount} errors={errors('amount')} hint={labels.projectForm.amountHint}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={f.amount}
                maxLength={20}
                onChange={(e) => form.set({ amount: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={labels.projectForm.currency} errors={errors('currency')} hint={labels.projectForm.currencyHint}>
            {(props) => (
              <>
                <input
                  {...props}
                  list="currencies"
                  value={f.currency}
                  maxLength={3}
                  onChange={(e) => form.set({ currency: e.target.value })}
                />
                <datalist id="currencies">
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
          <EnumSelect
            label={labels.projects.status}
            value={f.status}
            options={PROJECT_STATUSES}
            names={labels.projectStatus}
            onChange={(status) => form.set({ status })}
            errors={errors('status')}
          />
        </div>
        <OrganizationPicker
          label={labels.projects.parties}
          value={f.parties}
          onChange={(parties) => form.set({ parties })}
          errors={errors('partyIds')}
        />
        {save.isError && <ErrorMessage error={save.error} inline />}
        <FormActions pending={save.isPending} submit={project ? labels.form.save : labels.projectForm.addButton} saved={saved}>
          {project && (
            <button type="button" className="button quiet" onClick={onDone}>
              {labels.form.cancel}
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
