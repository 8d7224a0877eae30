import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import { Badge } from '../../components/StatusBadge';
import { useI18n } from '../../lib/i18n';
import type { EventOutput } from '../event-detail/api';

/** The event's files downloaded so far, each marked up to date or changed since its download. */
export function OutputsList({ outputs }: { outputs: UseQueryResult<{ items: EventOutput[] }> }) {
  const { labels, dateTime, text } = useI18n();
  const kinds: Record<string, string> = labels.reports.outputKinds;
  const downloaded = outputs.data?.items.filter((o) => o.lastDownloadedAt) ?? [];
  return (
    <section className="card outputs" aria-labelledby="outputs-title">
      <h3 id="outputs-title">{labels.reports.outputs}</h3>
      <p className="muted">{labels.reports.outputsLead}</p>
      {outputs.isPending && <Loading />}
      {outputs.isError && <ErrorMessage error={outputs.error} onRetry={() => void outputs.refetch()} />}
      {outputs.data &&
        (downloaded.length === 0 ? (
          <p className="empty">{labels.reports.noDownloads}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{labels.reports.output}</th>
                  <th scope="col">{labels.reports.outputLanguage}</th>
                  <th scope="col">{labels.reports.lastDownloaded}</th>
                  <th scope="col">{labels.reports.state}</th>
                </tr>
              </thead>
              <tbody>
                {downloaded.map((o) => (
                  <tr key={`${o.kind}-${o.subject?.id ?? ''}-${o.lang}`}>
                    <td>
                      {kinds[o.kind] ?? o.kind}
                      {o.subject && ` · ${text(o.subject.name)}`}
                    </td>
                    <td>{labels.lang[o.lang]}</td>
                    <td className="nowrap">{dateTime(o.lastDownloadedAt, undefined)}</td>
                    <td>
                      <Badge tone={o.changedSinceDownload ? 'warning' : 'success'}>
                        {o.changedSinceDownload ? labels.reports.changed : labels.reports.upToDate}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
