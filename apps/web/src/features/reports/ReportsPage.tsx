import { Field } from '../../components/Field';
import { useState } from 'react';
import { EventFrame } from '../../components/EventHeader';
import type { AttendanceReportQuery, EventDto, Language } from '../../lib/api';
import { LANGUAGES, pickText, useI18n } from '../../lib/i18n';
import { downloadName } from './file-names';
import { attendanceReportHref, scriptHref, signInSheetHref } from './report-links';
import { OutputsList } from './OutputsList';
import { useOutputs } from '../event-detail/api';

export function ReportsPage({ eventId }: { eventId: string }) {
  return (
    <EventFrame eventId={eventId} section="reports">
      {(event) => <Reports event={event} />}
    </EventFrame>
  );
}

const FORMAT_LABEL = { csv: 'CSV', xlsx: 'Excel (XLSX)', pdf: 'PDF' } as const;
type Order = NonNullable<AttendanceReportQuery['order']>;
type Encoding = NonNullable<AttendanceReportQuery['encoding']>;
const ORDERS: readonly Order[] = ['protocol', 'stroke', 'pinyin', 'gojuon', 'family'];
const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'shift_jis'];

function Reports({ event }: { event: EventDto }) {
  const { labels, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Language>(uiLang);
  const [order, setOrder] = useState<Order>('protocol');
  const [encoding, setEncoding] = useState<Encoding>('utf-8');
  const title = pickText(event.title, lang);
  const outputs = useOutputs(event.id);
  // a download is recorded by the server as it starts: the list is read again shortly after a click
  const downloaded = () => window.setTimeout(() => void outputs.refetch(), 1200);
  return (
    <>
      <div className="section-head">
        <div>
          <h2>{labels.reports.title}</h2>
          <p className="muted">{labels.reports.lead}</p>
        </div>
        <div className="report-options">
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
          <Field label={labels.reports.order}>
            {(id) => (
              <select id={id} value={order} onChange={(e) => setOrder(ORDERS.find((o) => o === e.target.value) ?? order)}>
                {ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {labels.reports.orders[o]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={labels.reports.encoding}>
            {(id) => (
              <select id={id} value={encoding} onChange={(e) => setEncoding(ENCODINGS.find((x) => x === e.target.value) ?? encoding)}>
                {ENCODINGS.map((x) => (
                  <option key={x} value={x}>
                    {labels.reports.encodings[x]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
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
                onClick={downloaded}
                href={attendanceReportHref(event.id, {
                  format,
                  lang,
                  order,
                  ...(format === 'csv' && encoding !== 'utf-8' && { encoding }),
                })}
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
                    onClick={downloaded}
                    href={signInSheetHref(event.id, { format, lang, groupBy, order })}
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
        <section className="card report" aria-labelledby="report-script">
          <h3 id="report-script">{labels.reports.script}</h3>
          <p className="muted">{labels.reports.scriptLead}</p>
          <div className="downloads">
            {(['docx', 'md'] as const).map((format) => (
              <a
                key={format}
                className={format === 'docx' ? 'button primary' : 'button'}
                onClick={downloaded}
                href={scriptHref(event.id, { lang, format })}
                download={downloadName(event, title, `script-${lang}`, format)}
              >
                <span className="visually-hidden">{labels.reports.script} · </span>
                {format === 'docx' ? labels.reports.word : labels.reports.markdown}
              </a>
            ))}
          </div>
        </section>
      </div>
      <OutputsList outputs={outputs} />
    </>
  );
}
