import { Field } from '../../components/Field';
import { useState } from 'react';
import { EventFrame } from '../../components/EventHeader';
import type { EventDto, Language } from '../../lib/api';
import { LANGUAGES, pickText, useI18n } from '../../lib/i18n';
import { downloadName } from './file-names';
import { attendanceReportHref, signInSheetHref } from './report-links';

export function ReportsPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="reports">
      {(event) => <Reports event={event} />}
    </EventFrame>
  );
}

const FORMAT_LABEL = { csv: 'CSV', xlsx: 'Excel (XLSX)', pdf: 'PDF' } as const;

function Reports({ event }: { event: EventDto }) {
  const { labels, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Language>(uiLang);
  const title = pickText(event.title, lang);
  return (
    <>
      <div className="section-head">
        <div>
          <h2>{labels.reports.title}</h2>
          <p className="muted">{labels.reports.lead}</p>
        </div>
        <Field label={labels.reports.language}>
          {(id) => (
            <select id={id} value={lang} onChange={(e) => setLang(LANGUAGES.find((l) => l === e.target.value) ?? lang)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {labels.lang[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="report-grid">
        <section className="card report" aria-labelledby="report-attendance">
          <h3 id="report-attendance">{labels.reports.attendance}</h3>
          <p className="muted">{labels.reports.attendanceLead}</p>
          <div className="downloads">
            {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
              <a
                key={format}
                className={format === 'pdf' ? 'button primary' : 'button'}
                href={attendanceReportHref(event.id, { format, lang })}
                download={downloadName(event, title, 'attendance', format)}
              >
                <span className="visually-hidden">{labels.reports.attendance} · </span>
                {FORMAT_LABEL[format]}
              </a>
            ))}
          </div>
        </section>
        <section className="card report" aria-labelledby="report-sign-in">
          <h3 id="report-sign-in">{labels.reports.signInSheet}</h3>
          <p className="muted">{labels.reports.signInSheetLead}</p>
          {(['protocol', 'organization'] as const).map((groupBy) => (
            <div key={groupBy} className="download-row">
              <span className="download-label">{groupBy === 'protocol' ? labels.reports.byProtocol : labels.reports.byOrganization}</span>
              <div className="downloads">
                {(['pdf', 'xlsx'] as const).map((format) => (
                  <a
                    key={format}
                    className="button"
                    href={signInSheetHref(event.id, { format, lang, groupBy })}
                    download={downloadName(event, title, 'sign-in-sheet', format)}
                  >
                    <span className="visually-hidden">
                      {labels.reports.signInSheet} · {groupBy === 'protocol' ? labels.reports.byProtocol : labels.reports.byOrganization}{' '}
                      ·{' '}
                    </span>
                    {FORMAT_LABEL[format]}
                  </a>
                ))}
              </div>
            </div>
          ))}
        </section>
      </div>
    </>
  );
}
