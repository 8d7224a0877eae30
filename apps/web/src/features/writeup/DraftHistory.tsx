import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Spinner';
import type { Language } from '../../lib/api';
import { fill, useI18n } from '../../lib/i18n';
import { useDraftChanges, useDraftVersions, type Draft, type DraftVersionEntry } from './api';
import { TextDiff } from './TextDiff';

/** A version's text as one string: the headline, then the body. */
const fullText = (v: { headline: string; body: string }) => `${v.headline}\n\n${v.body}`;

/** The versions of a draft (who, when, based on what) and the difference of a chosen version from the one before. */
export function DraftHistory({ eventId, draft }: { eventId: string; draft: Draft }) {
  const { labels, dateTime } = useI18n();
  const versions = useDraftVersions(eventId, draft.id, draft.currentVersion);
  const [shown, setShown] = useState<number>(draft.currentVersion);
  const list = versions.data ?? [];
  const chosen = list.find((v) => v.version === shown) ?? list[0];
  const previous = chosen ? list.find((v) => v.version === chosen.version - 1) : undefined;
  return (
    <section className="card draft-history" aria-labelledby="versions-head">
      <h3 id="versions-head">{labels.drafts.versions}</h3>
      <p className="small muted">{labels.drafts.versionsLead}</p>
      {versions.isPending && <Loading />}
      {versions.isError && <ErrorMessage error={versions.error} onRetry={() => void versions.refetch()} />}
      {list.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{labels.drafts.versions}</th>
                <th scope="col">{labels.drafts.by}</th>
                <th scope="col">{labels.drafts.when}</th>
                <th scope="col">{labels.drafts.basedOn}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((v) => (
                <tr key={v.version} aria-current={v.version === chosen?.version ? 'true' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="button quiet"
                      aria-pressed={v.version === chosen?.version}
                      aria-label={fill(labels.drafts.showDiff, { version: v.version })}
                      onClick={() => setShown(v.version)}
                    >
                      {fill(labels.drafts.version, { version: v.version, source: labels.drafts.source[v.source] })}
                    </button>
                  </td>
                  <td>{v.createdByEmail ?? labels.drafts.unknownAuthor}</td>
                  <td>{dateTime(v.createdAt)}</td>
                  <td>{basedOn(v, labels.drafts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen && (
        <>
          <h4>
            {previous
              ? fill(labels.drafts.diffOf, { version: chosen.version, previous: previous.version })
              : fill(labels.drafts.versionN, { version: chosen.version })}
          </h4>
          {previous ? (
            <TextDiff
              before={fullText(previous)}
              after={fullText(chosen)}
              lang={draft.lang}
              label={fill(labels.drafts.diffOf, { version: chosen.version, previous: previous.version })}
            />
          ) : (
            <p className="muted">{labels.drafts.firstVersion}</p>
          )}
        </>
      )}
    </section>
  );
}

function basedOn(v: DraftVersionEntry, labels: { basedOnVersion: string; fromRecords: string }): string {
  return v.basedOn === null ? labels.fromRecords : fill(labels.basedOnVersion, { version: v.basedOn });
}

/** What changed in the records since the draft was last generated, and what generating again changes in the text. */
export function RecordChanges({ eventId, draft, lang }: { eventId: string; draft: Draft; lang: Language }) {
  const { labels, dateTime } = useI18n();
  const changes = useDraftChanges(eventId, draft.id, draft.recordsChanged);
  if (changes.isPending) return <Loading />;
  if (changes.isError) return <ErrorMessage error={changes.error} />;
  const c = changes.data;
  const resourceName = (type: string) => (labels.resourceType as Record<string, string>)[type] ?? type;
  const actionName = (action: string) => (labels.auditAction as Record<string, string>)[action] ?? action;
  return (
    <>
      {c.sinceVersion !== null && <p>{fill(labels.drafts.changesSince, { version: c.sinceVersion, date: dateTime(c.since) })}</p>}
      {c.records.length > 0 ? (
        <ul className="small">
          {c.records.map((r) => (
            <li key={`${r.resourceType}-${r.action}`}>
              {fill(labels.drafts.change, { type: resourceName(r.resourceType), action: actionName(r.action), count: r.count })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">{labels.drafts.noRecordChanges}</p>
      )}
      {c.previous && c.current && (
        <details>
          <summary>{labels.drafts.textChanges}</summary>
          <TextDiff before={fullText(c.previous)} after={fullText(c.current)} lang={lang} label={labels.drafts.textChanges} />
        </details>
      )}
    </>
  );
}
