import { useSyncExternalStore, type ReactNode } from 'react';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useI18n } from '../../lib/i18n';

/** The card of the pages a signed-out person sees: sign-in, invitation, password reset. */
export function AuthCard({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const { labels } = useI18n();
  return (
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="signin-top">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            {labels.app.name}
          </span>
          <LanguageSwitcher />
        </div>
        <h1>{title}</h1>
        {lead && <p className="muted">{lead}</p>}
        {children}
      </div>
    </main>
  );
}

/** The token of a one-time link: in the fragment (`#token=…`), which never reaches a server log. */
function linkToken(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

const onHashChange = (notify: () => void) => {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
};

/** The link's token, following the fragment (a link opened in a tab already on the page changes only it). */
export function useLinkToken(): string | null {
  return useSyncExternalStore(onHashChange, linkToken);
}
