import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { Loading } from '../../components/Spinner';
import { fill, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useDebounced } from '../../lib/use-debounced';
import { positionLine } from '../event-detail/person-text';
import { usePeople } from './api';

const PAGE_SIZE = 25;

/** Everyone recorded in the workspace, by protocol rank, found by any part of a name in any language. */
export function PeoplePage() {
  const { labels, text } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const debounced = useDebounced(q, 200);
  const people = usePeople(debounced, { page, pageSize: PAGE_SIZE });
  return (
    <>
      <div className="page-head">
        <h1>{labels.people.title}</h1>
        {people.data && <p className="muted">{fill(labels.people.count, { total: people.data.total })}</p>}
        <Link to="/people/new" className="button primary">
          {labels.people.new}
        </Link>
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={labels.people.search} className="grow">
          {(id) => (
            <input
              id={id}
              type="search"
              value={q}
              placeholder={labels.people.searchHint}
              onChange={(e) => {
                setQ(e.target.value);
                setPage(1);
              }}
            />
          )}
        </Field>
      </form>
      {people.isPending && <Loading />}
      {people.isError && <ErrorMessage error={people.error} onRetry={() => void people.refetch()} />}
      {people.data &&
        (people.data.items.length === 0 ? (
          <p className="empty">{labels.people.none}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {labels.people.rank}
                  </th>
                  <th scope="col">{labels.people.name}</th>
                  <th scope="col">{labels.people.positions}</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((p) => (
                  <tr key={p.id}>
                    <td className="num">{p.protocolRank}</td>
                    <td>
                      <Link to={`/people/${p.id}`} className="strong-link">
                        {text(p.name)}
                      </Link>
                      <div className="small muted">
                        {[p.name.zh, p.name.ja, p.name.en].filter((n) => n && n !== text(p.name)).join(' · ')}
                      </div>
                    </td>
                    <td>
                      {positionLine(p, text)}
                      {p.positions.length > 1 && <span className="small muted"> +{p.positions.length - 1}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {people.data && <Pager page={page} pageSize={PAGE_SIZE} total={people.data.total} onPage={setPage} />}
    </>
  );
}
