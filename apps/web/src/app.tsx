import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Layout } from './components/Layout';
import { ErrorMessage } from './components/ErrorMessage';
import { Loading } from './components/Spinner';
import { canWrite, SESSION_KEY, sessionQuery, useSession } from './features/auth/api';
import { attendeesQuery, FIRST_ATTENDEE_PAGE } from './features/event-detail/api';
import { SignInPage } from './features/auth/SignInPage';
import { eventQuery } from './features/events/api';
import { InvitationPage } from './features/auth/InvitationPage';
import { PasswordResetPage } from './features/auth/PasswordResetPage';
import { EventsPage } from './features/events/EventsPage';
import { ApiError } from './lib/api';
import { I18nProvider } from './lib/i18n';
import { matchPath, RouterProvider, useRouter } from './lib/router';

// pages past the first screen load on demand, keeping the initial bundle small
const loadEventPage = () => import('./features/event-detail/EventPage');
const EventPage = lazy(() => loadEventPage().then((m) => ({ default: m.EventPage })));
const WriteupPage = lazy(() => import('./features/writeup/WriteupPage').then((m) => ({ default: m.WriteupPage })));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const NewEventPage = lazy(() => import('./features/event-edit/EventFormPage').then((m) => ({ default: m.NewEventPage })));
const EditEventPage = lazy(() => import('./features/event-edit/EventFormPage').then((m) => ({ default: m.EditEventPage })));
const AgendaPage = lazy(() => import('./features/event-edit/AgendaPage').then((m) => ({ default: m.AgendaPage })));
const AttendancePage = lazy(() => import('./features/attendance/AttendancePage').then((m) => ({ default: m.AttendancePage })));
const SpeechesPage = lazy(() => import('./features/signings/SpeechesPage').then((m) => ({ default: m.SpeechesPage })));
const MousPage = lazy(() => import('./features/signings/MousPage').then((m) => ({ default: m.MousPage })));
const ProjectsPage = lazy(() => import('./features/signings/ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
const PeoplePage = lazy(() => import('./features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonFormPage = lazy(() => import('./features/people/PersonFormPage').then((m) => ({ default: m.PersonFormPage })));
const MergePage = lazy(() => import('./features/people/MergePage').then((m) => ({ default: m.MergePage })));
const OrganizationsPage = lazy(() => import('./features/people/OrganizationsPage').then((m) => ({ default: m.OrganizationsPage })));
const WorkspacePage = lazy(() => import('./features/workspace/WorkspacePage').then((m) => ({ default: m.WorkspacePage })));
const DraftsPage = lazy(() => import('./features/writeup/DraftsPage').then((m) => ({ default: m.DraftsPage })));
const SeatingPage = lazy(() => import('./features/seating/SeatingPage').then((m) => ({ default: m.SeatingPage })));
const MouFollowUpPage = lazy(() => import('./features/followup/MouFollowUpPage').then((m) => ({ default: m.MouFollowUpPage })));
const PipelinePage = lazy(() => import('./features/followup/PipelinePage').then((m) => ({ default: m.PipelinePage })));
const CounterpartsPage = lazy(() => import('./features/followup/CounterpartPage').then((m) => ({ default: m.CounterpartsPage })));
const CounterpartPage = lazy(() => import('./features/followup/CounterpartPage').then((m) => ({ default: m.CounterpartPage })));
const CheckInPage = lazy(() => import('./features/check-in/CheckInPage').then((m) => ({ default: m.CheckInPage })));

function makeQueryClient(): QueryClient {
  // a 401 anywhere means the session ended (signed out elsewhere, expired): back to sign-in
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) client.setQueryData(SESSION_KEY, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

/**
 * What the page opened at needs, started together while the app starts instead of one after another
 * (session, then the page's code, then its data): an event page's first attendees arrive one round trip
 * after the script instead of three. A 401 on the data just leads to the sign-in page, as anywhere.
 */
function prefetchForLocation(client: QueryClient, pathname: string): QueryClient {
  void client.prefetchQuery(sessionQuery);
  const event = matchPath('/events/:id', pathname);
  // `/events/new` is the new-event form, not an event
  if (event?.id && event.id !== 'new') {
    void loadEventPage();
    void client.prefetchQuery(eventQuery(event.id));
    void client.prefetchQuery(attendeesQuery(event.id, FIRST_ATTENDEE_PAGE));
  }
  return client;
}

function Routes() {
  const session = useSession();
  const { location } = useRouter();
  // the pages of one-time links work whether or not this browser is signed in
  if (matchPath('/invitation', location.pathname)) return <InvitationPage />;
  if (matchPath('/reset-password', location.pathname)) return <PasswordResetPage />;
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <SignInPage />;
  const path = location.pathname;
  let page = <NotFound />;
  let params: Record<string, string> | null;
  const writer = canWrite(session.data);
  if (matchPath('/', path) || matchPath('/events', path)) page = <EventsPage />;
  else if (writer && matchPath('/events/new', path)) page = <NewEventPage />;
  else if (writer && (params = matchPath('/events/:id/edit', path))) page = <EditEventPage eventId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/events/:id/agenda', path))) page = <AgendaPage eventId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/events/:id/attendance', path))) page = <AttendancePage eventId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/events/:id/speeches', path))) page = <SpeechesPage eventId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/events/:id/mous', path))) page = <MousPage eventId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/events/:id/projects', path))) page = <ProjectsPage eventId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/events/:id/drafts', path))) page = <DraftsPage eventId={params.id ?? ''} />;
  else if (matchPath('/people', path)) page = <PeoplePage />;
  else if (writer && matchPath('/people/new', path)) page = <PersonFormPage personId={null} />;
  else if (writer && (params = matchPath('/people/:id/merge', path))) page = <MergePage key={params.id} personId={params.id ?? ''} />;
  else if (writer && (params = matchPath('/people/:id', path))) page = <PersonFormPage key={params.id} personId={params.id ?? null} />;
  else if (matchPath('/organizations', path)) page = <OrganizationsPage />;
  else if (matchPath('/pipeline', path)) page = <PipelinePage canEdit={writer} />;
  else if ((params = matchPath('/follow-up/mous/:id', path)))
    page = <MouFollowUpPage key={params.id} mouId={params.id ?? ''} canEdit={writer} />;
  else if (matchPath('/counterparts', path)) page = <CounterpartsPage />;
  else if ((params = matchPath('/counterparts/regions/:region', path)))
    page = <CounterpartPage key={`region-${params.region}`} subject={{ region: params.region ?? '' }} />;
  else if ((params = matchPath('/counterparts/:id', path)))
    page = <CounterpartPage key={params.id} subject={{ organizationId: params.id ?? '' }} />;
  else if (session.data.workspace.role === 'owner' && matchPath('/workspace', path)) page = <WorkspacePage session={session.data} />;
  else if ((params = matchPath('/events/:id', path))) page = <EventPage eventId={params.id ?? ''} />;
  else if ((params = matchPath('/events/:id/writeup', path))) page = <WriteupPage eventId={params.id ?? ''} />;
  else if ((params = matchPath('/events/:id/reports', path))) page = <ReportsPage eventId={params.id ?? ''} />;
  else if ((params = matchPath('/events/:id/seating', path))) page = <SeatingPage eventId={params.id ?? ''} session={session.data} />;
  else if ((params = matchPath('/events/:id/check-in', path))) page = <CheckInPage eventId={params.id ?? ''} session={session.data} />;
  return (
    <Layout session={session.data}>
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </Layout>
  );
}

function NotFound() {
  return <ErrorMessage error={new ApiError(404, 'ROUTE_NOT_FOUND', 'Not found')} />;
}

export function App() {
  const [client] = useState(() => prefetchForLocation(makeQueryClient(), window.location.pathname));
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>
        <RouterProvider>
          <Routes />
        </RouterProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
