import { EventFrame } from '../../components/EventHeader';
import type { EventDto } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useSearchParams } from '../../lib/router';
import { usePrefetchAttendees } from './api';
import { AttendeesTab } from './AttendeesTab';
import { MousTab, ProjectsTab, SpeechesTab } from './RecordTabs';

const TABS = ['attendees', 'speeches', 'mous', 'projects'] as const;
type Tab = (typeof TABS)[number];

export function EventPage({ eventId }: { eventId: string }) {
  usePrefetchAttendees(eventId);
  return (
    <EventFrame eventId={eventId} section="overview">
      {(event) => <EventOverview event={event} />}
    </EventFrame>
  );
}

function EventOverview({ event }: { event: EventDto }) {
  const { labels, text, dateTime, zone } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'attendees';
  const counts = event.counts;
  const tabLabel: Record<Tab, string> = {
    attendees: labels.event.attendees,
    speeches: labels.event.speeches,
    mous: labels.event.mous,
    projects: labels.event.projects,
  };
  const tabCount: Record<Tab, number | undefined> = {
    attendees: counts?.attendees,
    speeches: counts?.speeches,
    mous: counts?.mous,
    projects: counts?.projects,
  };
  const orgs = (list: EventDto['hosts']) => list.map((o) => text(o.name)).join('、');
  return (
    <>
      <section className="overview" aria-label={labels.nav.overview}>
        <dl className="facts">
          <div>
            <dt>{labels.event.when}</dt>
            <dd>
              {dateTime(event.startsAt, event.timeZone)}
              {event.endsAt && ` – ${dateTime(event.endsAt, event.timeZone, 'time')}`}
              <div className="small muted">
                {labels.event.timeZone}: {zone(event.timeZone, event.startsAt)} ({event.timeZone})
              </div>
            </dd>
          </div>
          <div>
            <dt>{labels.event.venue}</dt>
            <dd>{[text(event.venue), text(event.city)].filter(Boolean).join(' · ') || '—'}</dd>
          </div>
          <div>
            <dt>{labels.event.kind}</dt>
            <dd>{labels.eventKind[event.kind]}</dd>
          </div>
          <div>
            <dt>{labels.event.hosts}</dt>
            <dd>{orgs(event.hosts) || '—'}</dd>
          </div>
          {event.coHosts.length > 0 && (
            <div>
              <dt>{labels.event.coHosts}</dt>
              <dd>{orgs(event.coHosts)}</dd>
            </div>
          )}
          <div>
            <dt>{labels.event.sides}</dt>
            <dd>{event.sides.map((s) => text(s.name)).join(' · ') || '—'}</dd>
          </div>
          {event.theme && (
            <div className="wide">
              <dt>{labels.event.theme}</dt>
              <dd>{text(event.theme)}</dd>
            </div>
          )}
        </dl>
        {counts && (
          <ul className="stat-row" aria-label={labels.event.counts}>
            <li>
              <strong>{counts.attendees}</strong> {labels.event.attendees}
            </li>
            <li>
              <strong>{counts.checkedIn}</strong> {labels.event.checkedIn}
            </li>
            <li>
              <strong>{counts.speeches}</strong> {labels.event.speeches}
            </li>
            <li>
              <strong>{counts.mous}</strong> {labels.event.mous}
            </li>
            <li>
              <strong>{counts.projects}</strong> {labels.event.projects}
            </li>
          </ul>
        )}
      </section>
      <div className="tabs" role="tablist" aria-label={labels.event.counts}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={t === tab}
            aria-controls={`panel-${t}`}
            onClick={() => setParams({ tab: t === 'attendees' ? null : t })}
          >
            {tabLabel[t]}
            {tabCount[t] !== undefined && <span className="count">{tabCount[t]}</span>}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'attendees' && <AttendeesTab event={event} />}
        {tab === 'speeches' && <SpeechesTab eventId={event.id} />}
        {tab === 'mous' && <MousTab eventId={event.id} />}
        {tab === 'projects' && <ProjectsTab eventId={event.id} />}
      </section>
    </>
  );
}
