import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Layout } from './components/Layout';
import { ErrorMessage } from './components/ErrorMessage';
import { Loading } from './components/Spinner';
import { SESSION_KEY, sessionQuery, useSession } from './features/auth/api';
import { attendeesQuery, FIRST_ATTENDEE_PAGE } from './features/event-detail/api';
import { SignInPage } from './features/auth/SignInPage';
import { InvitationPage } from './features/auth/InvitationPage';
import { PasswordResetPage } from './features/auth/PasswordResetPage';
import { eventQuery } from './features/events/api';
import { EventsPage } from './features/events/EventsPage';
import { ApiError } from './lib/api';
import { I18nProvider } from './lib/i18n';
import { matchPath, RouterProvider, useRouter } from './lib/router';

// pages past the first screen load on demand, keeping the initial bundle small
const loadEventPage = () => import('./features/event-detail/EventPage');
const EventPage = lazy(() => loadEventPage().then((m) => ({ default: m.EventPage })));
const WriteupPage = lazy(() => import('./features/writeup/WriteupPage').then((m) => ({ default: m.WriteupPage })));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
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
  if (event?.id) {
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
  if (matchPath('/', path) || matchPath('/events', path)) page = <EventsPage />;
  else if ((params = matchPath('/events/:id', path))) page = <EventPage eventId={params.id ?? ''} />;
  else if ((params = matchPath('/events/:id/writeup', path))) page = <WriteupPage eventId={params.id ?? ''} />;
  else if ((params = matchPath('/events/:id/reports', path))) page = <ReportsPage eventId={params.id ?? ''} />;
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
