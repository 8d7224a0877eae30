import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import { Badge } from '../../components/StatusBadge';
import { fill, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useMous, useProjects, useSpeeches } from './api';
import { positionLine } from './person-text';

export function SpeechesTab({ eventId }: { eventId: string }) {
  const { labels, text } = useI18n();
  const speeches = useSpeeches(eventId);
  if (speeches.isPending) return <Loading />;
  if (speeches.isError) return <ErrorMessage error={speeches.error} onRetry={() => void speeches.refetch()} />;
  if (speeches.data.items.length === 0) return <p className="empty">{labels.speeches.none}</p>;
  return (
    <ol className="cards">
      {speeches.data.items.map((s) => (
        <li key={s.id} className="card">
          <div className="card-head">
            <strong>{text(s.speaker.name)}</strong>
            <span className="muted">{positionLine(s.speaker, text)}</span>
            <Badge tone="neutral">{labels.speechKind[s.kind]}</Badge>
          </div>
          {s.keyPoints.length > 0 && (
            <ul className="bullets">
              {s.keyPoints.map((k, i) => (
                <li key={i}>{text(k)}</li>
              ))}
            </ul>
          )}
          {s.quotes.map((quote, i) => (
            <blockquote key={i}>{text(quote)}</blockquote>
          ))}
        </li>
      ))}
    </ol>
  );
}

export function MousTab({ eventId }: { eventId: string }) {
  const { labels, text, dateTime } = useI18n();
  const mous = useMous(eventId);
  if (mous.isPending) return <Loading />;
  if (mous.isError) return <ErrorMessage error={mous.error} onRetry={() => void mous.refetch()} />;
  if (mous.data.items.length === 0) return <p className="empty">{labels.mous.none}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{labels.mous.title}</th>
            <th scope="col">{labels.mous.parties}</th>
            <th scope="col">{labels.mous.signedOn}</th>
            <th scope="col">{labels.mous.status}</th>
          </tr>
        </thead>
        <tbody>
          {mous.data.items.map((m) => (
            <tr key={m.id}>
              <td className="strong">
                {text(m.title)}
                {m.purpose && <div className="small muted">{text(m.purpose)}</div>}
                <div className="small">
                  <Link to={`/follow-up/mous/${m.id}`} aria-label={fill(labels.mouFollowUp.openNamed, { title: text(m.title) })}>
                    {labels.mouFollowUp.open}
                  </Link>
                </div>
              </td>
              <td>
                <ul className="plain">
                  {m.parties.map((p) => (
                    <li key={p.organizationId}>
                      {text(p.organization.name)}
                      {p.signatory && <span className="muted"> — {text(p.signatory.name)}</span>}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="nowrap">{m.signedOn ? dateTime(`${m.signedOn}T12:00:00Z`, 'UTC', 'date') : ''}</td>
              <td>
                <Badge tone="neutral">{labels.mouStatus[m.status]}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProjectsTab({ eventId }: { eventId: string }) {
  const { labels, text, locale } = useI18n();
  const projects = useProjects(eventId);
  if (projects.isPending) return <Loading />;
  if (projects.isError) return <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />;
  if (projects.data.items.length === 0) return <p className="empty">{labels.projects.none}</p>;
  const amount = (value: string | null, currency: string | null) => {
    if (!value) return '';
    const n = Number(value);
    if (!Number.isFinite(n)) return value;
    try {
      return currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }).format(n)
        : n.toLocaleString(locale);
    } catch {
      return `${n.toLocaleString(locale)} ${currency ?? ''}`;
    }
  };
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{labels.projects.name}</th>
            <th scope="col">{labels.projects.parties}</th>
            <th scope="col">{labels.projects.sector}</th>
            <th scope="col" className="num">
              {labels.projects.amount}
            </th>
            <th scope="col">{labels.projects.status}</th>
          </tr>
        </thead>
        <tbody>
          {projects.data.items.map((p) => (
            <tr key={p.id}>
              <td className="strong">{text(p.title)}</td>
              <td>{p.parties.map((o) => text(o.shortName) || text(o.name)).join('、')}</td>
              <td>{p.sector ? labels.sector[p.sector] : ''}</td>
              <td className="num nowrap">{amount(p.amount, p.currency)}</td>
              <td>
                <Badge tone="neutral">{labels.projectStatus[p.status]}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
