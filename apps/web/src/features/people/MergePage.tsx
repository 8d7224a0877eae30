import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import { fill, LANGUAGES, useI18n } from '../../lib/i18n';
import { Link, useRouter } from '../../lib/router';
import { useMergePeople, useMergePreview, usePerson, type PersonDto, type PersonMerge } from './api';
import { PersonPicker, type Picked } from './pickers';

/**
 * Merging two records of the same person: the other record is chosen (or given by `?with=`), both are shown side
 * by side with what would move (the server's dry run), and Merge moves the history and removes the other record.
 */
export function MergePage({ personId }: { personId: string }) {
  const { labels, text } = useI18n();
  const { location, navigate } = useRouter();
  const [keptId, setKeptId] = useState(personId);
  const [otherId, setOtherId] = useState<string | null>(location.search.get('with'));
  const merge = useMergePeople();
  const person = usePerson(personId);
  // once merged, one of the two records is gone: neither it nor the preview is read again
  const other = usePerson(merge.isSuccess ? null : otherId);
  const duplicateId = otherId === null ? null : keptId === personId ? otherId : personId;
  const preview = useMergePreview(keptId, merge.isSuccess ? null : duplicateId);

  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />;
  const name = text(person.data.name);
  const picked: Picked[] = other.data ? [{ id: other.data.id, name: other.data.name }] : [];

  const submit = () => {
    if (!duplicateId || !window.confirm(fill(labels.merge.confirm, { name }))) return;
    merge.mutate(
      { keptId, duplicateId },
      {
        onSuccess: (result) => navigate(`/people/${result.person.id}?merged=1`),
      },
    );
  };

  return (
    <>
      <nav aria-label="breadcrumb" className="breadcrumb">
        <Link to="/people">← {labels.people.title}</Link> / <Link to={`/people/${personId}`}>{name}</Link>
      </nav>
      <h1>{fill(labels.merge.title, { name })}</h1>
      <p className="muted">{labels.merge.lead}</p>
      <PersonPicker
        label={labels.merge.other}
        value={picked}
        single
        onChange={(value) => {
          const next = value[0]?.id ?? null;
          setOtherId(next === personId ? null : next);
          setKeptId(personId);
          navigate(next ? `/people/${personId}/merge?with=${next}` : `/people/${personId}/merge`, { replace: true });
        }}
      />
      {otherId && preview.isPending && <Loading />}
      {preview.isError && <ErrorMessage error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.data && (
        <>
          <div className="merge-sides">
            <RecordCard title={labels.merge.kept} person={preview.data.person} tone="kept" />
            <RecordCard title={labels.merge.removed} person={preview.data.duplicate} tone="removed" />
          </div>
          <button
            type="button"
            className="button merge-swap"
            onClick={() => setKeptId(keptId === personId ? (otherId ?? personId) : personId)}
          >
            {labels.merge.swap}
          </button>
          <section aria-labelledby="merge-moves">
            <h2 id="merge-moves">{labels.merge.moves}</h2>
            <MoveList merge={preview.data} />
          </section>
          {merge.isError && <ErrorMessage error={merge.error} inline />}
          <div className="form-actions">
            <button type="button" className="button danger" disabled={merge.isPending} onClick={submit}>
              {labels.merge.submit}
            </button>
            <Link to={`/people/${personId}`} className="button quiet">
              {labels.form.cancel}
            </Link>
          </div>
        </>
      )}
    </>
  );
}

function RecordCard({ title, person, tone }: { title: string; person: PersonDto; tone: 'kept' | 'removed' }) {
  const { labels, text } = useI18n();
  return (
    <section className={`merge-card ${tone}`} aria-label={`${title}: ${text(person.name)}`}>
      <h2>{title}</h2>
      <dl>
        <dt>{labels.people.name}</dt>
        <dd>
          {LANGUAGES.filter((l) => person.name[l]).map((l) => (
            <div key={l} lang={l}>
              {person.name[l]}
            </div>
          ))}
        </dd>
        {person.familyName && (
          <>
            <dt>{labels.merge.familyName}</dt>
            <dd>
              {LANGUAGES.map((l) => person.familyName?.[l])
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        )}
        {person.reading && (
          <>
            <dt>{labels.merge.reading}</dt>
            <dd lang="ja">{person.reading}</dd>
          </>
        )}
        <dt>{labels.merge.rank}</dt>
        <dd>{person.protocolRank}</dd>
        <dt>{labels.people.positions}</dt>
        <dd>
          <ol className="plain-list">
            {person.positions.map((p, i) => (
              <li key={i}>
                {text(p.title)}
                {p.organization && <span className="muted"> · {text(p.organization.name)}</span>}
              </li>
            ))}
          </ol>
        </dd>
        {person.note && (
          <>
            <dt>{labels.merge.note}</dt>
            <dd>{person.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function MoveList({ merge }: { merge: PersonMerge }) {
  const { labels, text, dateTime } = useI18n();
  const events = (list: PersonMerge['attendancesMoved']) => (
    <ul className="small">
      {list.map((e) => (
        <li key={e.eventId}>
          <Link to={`/events/${e.eventId}`}>{text(e.title)}</Link> <span className="muted">{dateTime(e.startsAt, undefined, 'date')}</span>
        </li>
      ))}
    </ul>
  );
  const counts: [number, string][] = [
    [merge.speechesMoved, labels.merge.speeches],
    [merge.mouSignaturesMoved, labels.merge.signatures],
    [merge.mouWitnessesMoved, labels.merge.witnesses],
    [merge.delegationHeadsMoved, labels.merge.heads],
    [merge.positionsAdded, labels.merge.positionsAdded],
    [merge.positionsLeftOut, labels.merge.positionsLeftOut],
  ];
  const items = [
    merge.attendancesMoved.length > 0 && (
      <li key="moved">
        {fill(labels.merge.attendancesMoved, { count: merge.attendancesMoved.length })}
        {events(merge.attendancesMoved)}
      </li>
    ),
    merge.attendancesCombined.length > 0 && (
      <li key="combined">
        {fill(labels.merge.attendancesCombined, { count: merge.attendancesCombined.length })}
        {events(merge.attendancesCombined)}
      </li>
    ),
    ...counts.filter(([n]) => n > 0).map(([n, label]) => <li key={label}>{fill(label, { count: n })}</li>),
    merge.namesAdded.length > 0 && (
      <li key="names">{fill(labels.merge.namesAdded, { languages: merge.namesAdded.map((l) => labels.lang[l]).join(', ') })}</li>
    ),
  ].filter(Boolean);
  if (items.length === 0) return <p>{labels.merge.nothing}</p>;
  return <ul className="merge-moves">{items}</ul>;
}
