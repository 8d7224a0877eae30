import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import { fill, useI18n } from '../../lib/i18n';
import { Link, useRouter } from '../../lib/router';
import { OrganizationPicker } from '../people/pickers';
import { FormField } from '../../components/form';
import { useCounterpart, type CounterpartRegister, type CounterpartSubject } from './api';

/** Choose an organization to see its register. */
export function CounterpartsPage() {
  const { labels } = useI18n();
  const { navigate } = useRouter();
  return (
    <>
      <div className="page-head">
        <h1>{labels.followUp.counterparts}</h1>
        <p className="muted">{labels.followUp.counterpartsLead}</p>
      </div>
      <section className="card">
        <OrganizationPicker
          label={labels.followUp.organization}
          value={[]}
          single
          allowCreate={false}
          onChange={(picked) => picked[0] && navigate(`/counterparts/${picked[0].id}`)}
        />
      </section>
      <RegionForm />
    </>
  );
}

function RegionForm() {
  const { labels } = useI18n();
  const { navigate } = useRouter();
  const [region, setRegion] = useState('');
  return (
    <form
      className="card"
      aria-labelledby="region-head"
      onSubmit={(e) => {
        e.preventDefault();
        if (region.trim()) navigate(`/counterparts/regions/${encodeURIComponent(region.trim())}`);
      }}
    >
      <h2 id="region-head">{labels.followUp.byRegion}</h2>
      <FormField label={labels.followUp.region} hint={labels.followUp.regionHint}>
        {(props) => <input {...props} value={region} onChange={(e) => setRegion(e.target.value)} />}
      </FormField>
      <p className="form-actions">
        <button type="submit" className="button primary">
          {labels.followUp.showRegion}
        </button>
      </p>
    </form>
  );
}

type Entry = CounterpartRegister['items'][number];

/** An organization's register: everything across the years, newest first, with its open deliverables. */
export function CounterpartPage({ subject }: { subject: CounterpartSubject }) {
  const { labels, text } = useI18n();
  // the cursors of the pages read so far: the register reads on from the last entry seen, even as entries are added
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const register = useCounterpart(subject, cursors.at(-1));
  if (register.isPending) return <Loading />;
  if (register.isError) return <ErrorMessage error={register.error} onRetry={() => void register.refetch()} />;
  const r = register.data;
  const s = r.summary;
  return (
    <>
      <p className="small">
        <Link to="/counterparts">{labels.followUp.counterparts}</Link>
      </p>
      <div className="page-head">
        <h1>{r.organization ? text(r.organization.name) : r.region}</h1>
        <p className="muted">
          {[
            r.organization ? r.organization.region : fill(labels.followUp.organizationsIn, { count: r.organizations.length }),
            s.firstDate && s.lastDate ? fill(labels.followUp.span, { first: s.firstDate, last: s.lastDate }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <dl className="summary-counts" aria-label={labels.followUp.summary}>
        {(['events', 'attendances', 'speeches', 'mous', 'projects'] as const).map((k) => (
          <div key={k}>
            <dt>{labels.followUp.counts[k]}</dt>
            <dd>{s[k]}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="open-head" className="card">
        <h2 id="open-head">{labels.followUp.openDeliverables}</h2>
        {r.openDeliverables.length === 0 ? (
          <p className="empty">{labels.followUp.noOpenDeliverables}</p>
        ) : (
          <ul className="register-list">
            {r.openDeliverables.map((d) => (
              <li key={d.id}>
                <span className="strong">{text(d.title)}</span> <span className="small muted">{text(d.mouTitle)}</span>
                <div className="small">
                  {[d.owner, d.dueOn && fill(labels.followUp.due, { date: d.dueOn })].filter(Boolean).join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="history-head">
        <h2 id="history-head">{labels.followUp.history}</h2>
        {r.items.length === 0 && <p className="empty">{labels.followUp.noHistory}</p>}
        <ol className="register-list" aria-label={labels.followUp.history}>
          {r.items.map((e) => (
            <EntryRow key={`${e.kind}-${e.id}`} entry={e} />
          ))}
        </ol>
        <Pager
          page={cursors.length}
          pageSize={r.pageSize}
          total={r.total}
          onPage={(p) =>
            setCursors((read) =>
              p < read.length ? read.slice(0, p) : r.nextCursor && !read.includes(r.nextCursor) ? [...read, r.nextCursor] : read,
            )
          }
        />
      </section>
    </>
  );
}

function EntryRow({ entry: e }: { entry: Entry }) {
  const { labels, text } = useI18n();
  const what =
    e.kind === 'attendance' || e.kind === 'speech'
      ? [text(e.person), e.title ? `“${text(e.title)}”` : null].filter(Boolean).join(' ')
      : e.kind === 'event'
        ? (e.detail ?? '')
            .split(',')
            .map((role) => labels.followUp.eventRole[role as keyof typeof labels.followUp.eventRole] ?? role)
            .join(' · ')
        : text(e.title);
  const detail = e.kind === 'project' && e.detail ? labels.followUp.stage[e.detail as keyof typeof labels.followUp.stage] : null;
  return (
    <li>
      <span className="small muted">{e.date}</span> <span className="badge neutral">{labels.followUp.kind[e.kind]}</span>{' '}
      <span className="strong">{what}</span>
      {detail && <span className="badge info"> {detail}</span>}
      <div className="small">
        <Link to={`/events/${e.eventId}`}>{text(e.eventTitle)}</Link>
      </div>
    </li>
  );
}
