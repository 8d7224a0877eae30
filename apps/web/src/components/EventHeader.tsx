import type { ReactNode } from 'react';
import { canWrite, useSession } from '../features/auth/api';
import { useEvent } from '../features/events/api';
import { statusTone } from '../features/events/EventsPage';
import { useI18n } from '../lib/i18n';
import { Link } from '../lib/router';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Spinner';
import { Badge } from './StatusBadge';
import type { EventDto } from '../lib/api';

type Section =
  | 'overview'
  | 'writeup'
  | 'reports'
  | 'seating'
  | 'check-in'
  | 'details'
  | 'agenda'
  | 'attendance'
  | 'speeches'
  | 'mous'
  | 'projects'
  | 'drafts';

/** The event's title, time in its own zone and the links between its pages; renders the page below once the event is loaded. */
export function EventFrame({
  eventId,
  section,
  children,
}: {
  eventId: string;
  section: Section;
  children: (event: EventDto) => ReactNode;
}) {
  const { labels, text, dateTime, zone } = useI18n();
  const event = useEvent(eventId);
  const session = useSession();
  if (event.isPending) return <Loading />;
  if (event.isError) return <ErrorMessage error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  const links: { key: Section; to: string; label: string }[] = [
    { key: 'overview', to: `/events/${e.id}`, label: labels.nav.overview },
    { key: 'writeup', to: `/events/${e.id}/writeup`, label: labels.nav.writeup },
    { key: 'reports', to: `/events/${e.id}/reports`, label: labels.nav.reports },
    { key: 'seating', to: `/events/${e.id}/seating`, label: labels.nav.seating },
    ...(canWrite(session.data) ? [{ key: 'check-in' as const, to: `/events/${e.id}/check-in`, label: labels.nav.checkIn }] : []),
  ];
  // organizers record the event on these pages
  const recordLinks: { key: Section; to: string; label: string }[] = canWrite(session.data)
    ? [
        { key: 'details', to: `/events/${e.id}/edit`, label: labels.nav.details },
        { key: 'agenda', to: `/events/${e.id}/agenda`, label: labels.nav.agenda },
        { key: 'attendance', to: `/events/${e.id}/attendance`, label: labels.nav.attendance },
        { key: 'speeches', to: `/events/${e.id}/speeches`, label: labels.nav.speeches },
        { key: 'mous', to: `/events/${e.id}/mous`, label: labels.nav.mous },
        { key: 'projects', to: `/events/${e.id}/projects`, label: labels.nav.projects },
        { key: 'drafts', to: `/events/${e.id}/drafts`, label: labels.nav.drafts },
      ]
    : [];
  return (
    <>
      <nav aria-label="breadcrumb" className="breadcrumb">
        <Link to="/">← {labels.nav.back}</Link>
      </nav>
      <div className="event-head">
        <h1>{text(e.title)}</h1>
        <p className="event-meta">
          <Badge tone={statusTone[e.status]}>{labels.eventStatus[e.status]}</Badge>
          <span>
            {dateTime(e.startsAt, e.timeZone)}
            {e.endsAt && ` – ${dateTime(e.endsAt, e.timeZone, 'time')}`}
          </span>
          <span className="muted" title={e.timeZone}>
            ({zone(e.timeZone, e.startsAt)})
          </span>
          {(e.venue || e.city) && <span>{[text(e.venue), text(e.city)].filter(Boolean).join(' · ')}</span>}
        </p>
      </div>
      <nav className="subnav" aria-label={text(e.title)}>
        {links.map((l) => (
          <Link key={l.key} to={l.to} aria-current={l.key === section ? 'page' : undefined}>
            {l.label}
          </Link>
        ))}
      </nav>
      {recordLinks.length > 0 && (
        <nav className="subnav record-nav" aria-label={labels.nav.record}>
          <span className="muted small">{labels.nav.record}:</span>
          {recordLinks.map((l) => (
            <Link key={l.key} to={l.to} aria-current={l.key === section ? 'page' : undefined}>
              {l.label}
            </Link>
          ))}
        </nav>
      )}
      {children(e)}
    </>
  );
}
