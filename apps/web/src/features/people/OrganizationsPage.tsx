import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { cleanText, EnumSelect, fieldErrors, FormActions, FormField, LocalizedInput, useFormState } from '../../components/form';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import type { LocalizedText } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useDebounced } from '../../lib/use-debounced';
import { ORGANIZATION_KINDS, useCreateOrganization, useOrganizations, type OrganizationKind } from './api';

const PAGE_SIZE = 25;

/** The workspace's organizations, searched in any language, and a form to record one. */
export function OrganizationsPage() {
  const { labels, text } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const debounced = useDebounced(q, 200);
  const orgs = useOrganizations(debounced, page, PAGE_SIZE);
  return (
    <>
      <div className="page-head">
        <h1>{labels.orgs.title}</h1>
        {orgs.data && <p className="muted">{fill(labels.orgs.count, { total: orgs.data.total })}</p>}
      </div>
      <NewOrganizationForm />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={labels.orgs.search} className="grow">
          {(id) => (
            <input
              id={id}
              type="search"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                setPage(1);
              }}
            />
          )}
        </Field>
      </form>
      {orgs.isPending && <Loading />}
      {orgs.isError && <ErrorMessage error={orgs.error} onRetry={() => void orgs.refetch()} />}
      {orgs.data &&
        (orgs.data.items.length === 0 ? (
          <p className="empty">{labels.orgs.none}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{labels.orgs.name}</th>
                  <th scope="col">{labels.orgs.kind}</th>
                  <th scope="col">{labels.orgs.region}</th>
                </tr>
              </thead>
              <tbody>
                {orgs.data.items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <span className="strong">{text(o.name)}</span>
                      {o.shortName && <span className="small muted"> ({text(o.shortName)})</span>}
                    </td>
                    <td>{labels.orgKind[o.kind]}</td>
                    <td>{o.region ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {orgs.data && <Pager page={page} pageSize={PAGE_SIZE} total={orgs.data.total} onPage={setPage} />}
    </>
  );
}

interface OrgForm {
  name: LocalizedText;
  shortName: LocalizedText;
  kind: OrganizationKind | '';
  region: string;
}
const EMPTY: OrgForm = { name: {}, shortName: {}, kind: 'government', region: '' };

function NewOrganizationForm() {
  const { labels, text } = useI18n();
  const form = useFormState<OrgForm>(EMPTY);
  const create = useCreateOrganization();
  const [saved, setSaved] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(create.error);
  const f = form.value;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        name: cleanText(f.name) ?? {},
        shortName: cleanText(f.shortName),
        kind: f.kind || ('' as OrganizationKind),
        region: f.region.trim() || null,
      },
      {
        onSuccess: (o) => {
          form.replace(EMPTY);
          form.markSaved();
          setSaved(fill(labels.form.savedName, { name: text(o.name) }));
        },
      },
    );
  };
  return (
    <details className="card new-record" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{labels.orgs.new}</summary>
      <form className="record-form" onSubmit={onSubmit} noValidate aria-label={labels.orgs.new}>
        <LocalizedInput
          label={labels.orgs.name}
          value={f.name}
          onChange={(name) => form.set({ name })}
          errors={errors('name')}
          required
          maxLength={200}
        />
        <LocalizedInput
          label={labels.orgs.shortName}
          value={f.shortName}
          onChange={(shortName) => form.set({ shortName })}
          errors={errors('shortName')}
          maxLength={200}
        />
        <div className="row">
          <EnumSelect
            label={labels.orgs.kind}
            value={f.kind}
            options={ORGANIZATION_KINDS}
            names={labels.orgKind}
            onChange={(kind) => form.set({ kind })}
            errors={errors('kind')}
          />
          <FormField label={labels.orgs.region} errors={errors('region')} hint={labels.orgs.regionHint}>
            {(props) => <input {...props} value={f.region} maxLength={200} onChange={(e) => form.set({ region: e.target.value })} />}
          </FormField>
        </div>
        {create.isError && <ErrorMessage error={create.error} inline />}
        <FormActions pending={create.isPending} submit={labels.orgs.create} saved={saved} />
      </form>
    </details>
  );
}
