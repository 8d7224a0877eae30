import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import type { LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { QUALIFIERS, UNITS, useDeleteParticipantGroup, useParticipantGroups, useSaveParticipantGroup } from './api';
import { ConfirmButton } from '../../components/ConfirmButton';

interface GroupForm {
  category: LocalizedText;
  count: string;
  unit: (typeof UNITS)[number] | '';
  qualifier: (typeof QUALIFIERS)[number] | '';
}
const EMPTY: GroupForm = { category: {}, count: '', unit: 'people', qualifier: 'exact' };

/** Groups counted rather than named ("over 200 representatives of enterprises"). */
export function ParticipantGroups({ eventId }: { eventId: string }) {
  const { labels, text } = useI18n();
  const groups = useParticipantGroups(eventId);
  const save = useSaveParticipantGroup(eventId);
  const remove = useDeleteParticipantGroup(eventId);
  const form = useFormState<GroupForm>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const f = form.value;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const count = f.count.trim() === '' ? null : Number(f.count);
    save.mutate(
      {
        id: null,
        body: {
          category: cleanText(f.category) ?? {},
          count,
          unit: f.unit || 'people',
          qualifier: f.qualifier || 'exact',
          order: groups.data?.items.length ?? 0,
        },
      },
      {
        onSuccess: (g) => {
          form.replace(EMPTY);
          form.markSaved();
          setSaved(fill(labels.form.savedName, { name: text(g.category) }));
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="groups-head">
      <h2 id="groups-head">{labels.groups.title}</h2>
      <p className="small muted">{labels.groups.hint}</p>
      {groups.data && groups.data.items.length > 0 && (
        <ul className="record-list" aria-label={labels.groups.title}>
          {groups.data.items.map((g) => (
            <li key={g.id} className="record-row">
              <div className="grow">
                <span className="strong">{text(g.category)}</span>{' '}
                {g.count !== null && (
                  <span>
                    {labels.qualifier[g.qualifier]} {g.count} {labels.unit[g.unit]}
                  </span>
                )}
              </div>
              <ConfirmButton
                name={fill(labels.form.removeItem, { name: text(g.category) })}
                confirm={fill(labels.form.deleteConfirm, { name: text(g.category) })}
                onConfirm={() => remove.mutate(g.id)}
              >
                {labels.form.remove}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      {groups.isError && <ErrorMessage error={groups.error} onRetry={() => void groups.refetch()} />}
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={labels.groups.add}>
        <LocalizedInput
          label={labels.groups.category}
          value={f.category}
          onChange={(category) => form.set({ category })}
          errors={errors('category')}
          required
          maxLength={2000}
        />
        <div className="row">
          <EnumSelect
            label={labels.groups.qualifier}
            value={f.qualifier}
            options={QUALIFIERS}
            names={labels.qualifier}
            onChange={(qualifier) => form.set({ qualifier })}
            errors={errors('qualifier')}
          />
          <FormField label={labels.groups.count} errors={errors('count')}>
            {(props) => (
              <input {...props} type="number" min={0} step={1} value={f.count} onChange={(e) => form.set({ count: e.target.value })} />
            )}
          </FormField>
          <EnumSelect
            label={labels.groups.unit}
            value={f.unit}
            options={UNITS}
            names={labels.unit}
            onChange={(unit) => form.set({ unit })}
            errors={errors('unit')}
          />
        </div>
        {save.isError && <ErrorMessage error={save.error} inline />}
        {remove.isError && <ErrorMessage error={remove.error} />}
        <FormActions pending={save.isPending} submit={labels.groups.add} saved={saved} />
      </form>
    </section>
  );
}
